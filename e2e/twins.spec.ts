// The Markdown twins and llms.txt agree with the built pages.
import { expect, test } from '@playwright/test';
import { loadCatalog } from '../src/content-model/node.ts';
import { builtPages } from './site-pages.ts';

const catalog = loadCatalog();
const base = (process.env.PIMS_BASE ?? '/').replace(/\/?$/, '/');

test('every page links to its Markdown twin, which exists, and llms.txt lists it', async ({ page, request }) => {
	test.setTimeout(90_000);
	const llms = await (await request.get('llms.txt')).text();
	const pages = builtPages().filter((p) => p !== '404/');
	expect(pages.length).toBeGreaterThan(100);
	await page.goto('');
	const problems = await page.evaluate(
		async ({ pages, base, llms }) => {
			const out: string[] = [];
			for (const path of pages) {
				const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
				const href = doc.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute('href');
				const expected = `${base}${path === '' ? 'index' : path.replace(/\/$/, '')}.md`;
				if (href !== expected) out.push(`/${path}: alternate link ${href}, expected ${expected}`);
				const twin = await fetch(expected);
				if (!twin.ok || !(await twin.text()).startsWith('# ')) out.push(`/${path}: twin ${expected} missing or without a title`);
				if (!llms.includes(`](${expected}): `)) out.push(`/${path}: not in llms.txt`);
			}
			return out;
		},
		{ pages, base, llms },
	);
	expect(problems).toEqual([]);
});

test('every operation is in llms.txt with its summary, and in llms-full.txt', async ({ request }) => {
	const llms = await (await request.get('llms.txt')).text();
	const full = await (await request.get('llms-full.txt')).text();
	for (const op of catalog.operations) {
		expect(llms).toContain(`](${base}reference/${op.slug}.md): ${op.summary}`);
		expect(full).toContain(`Source: ${base}reference/${op.slug}.md`);
	}
});

test("each operation twin's examples and messages equal its page's", async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('');
	const slugs = catalog.operations.map((o) => o.slug);
	const problems = await page.evaluate(async (slugs) => {
		const out: string[] = [];
		// Expressive Code keeps a block's text in its copy button, with line breaks as U+007F.
		const codeOf = (el: Element | null) => (el?.querySelector('button[data-code]')?.getAttribute('data-code') ?? '').replace(/\u007f/g, '\n');
		const blocks = (md: string, lang: string) => [...md.matchAll(new RegExp('^(`{3,})' + lang + '\\n([\\s\\S]*?)\\n\\1$', 'gm'))].map((m) => m[2]);
		for (const slug of slugs) {
			const doc = new DOMParser().parseFromString(await (await fetch(`reference/${slug}/`)).text(), 'text/html');
			const md = await (await fetch(`reference/${slug}.md`)).text();
			const pageKotlin = codeOf(doc.querySelector('[data-example="kotlin"]'));
			const pageSwift = codeOf(doc.querySelector('[data-example="swift"]'));
			const pageJson = [...doc.querySelectorAll('[data-message]')].map((el) => codeOf(el));
			if ((!pageKotlin && !pageSwift) || pageJson.length === 0) out.push(`${slug}: page examples not found`);
			// A platform without the call has no block on the page, and the twin says so instead.
			if ((blocks(md, 'kotlin')[0] ?? '') !== pageKotlin) out.push(`${slug}: Kotlin differs`);
			if ((blocks(md, 'swift')[0] ?? '') !== pageSwift) out.push(`${slug}: Swift differs`);
			if (!pageSwift && !md.includes('The iOS SDK has no such call.')) out.push(`${slug}: twin does not say iOS lacks the call`);
			if (JSON.stringify(blocks(md, 'json')) !== JSON.stringify(pageJson)) out.push(`${slug}: messages differ`);
			const scenarios = [...doc.querySelectorAll('[data-scenario]')].map((li) => `- ${li.textContent?.trim()}`);
			for (const s of scenarios) if (!md.includes(s)) out.push(`${slug}: simulator outcome "${s}" missing`);
		}
		return out;
	}, slugs);
	expect(problems).toEqual([]);
});

test('Copy page as Markdown puts the twin on the clipboard', async ({ page, context, request }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('reference/get-authentication-trustedphonenumber/');
	await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
	await expect(page.locator('pims-copy-markdown [role="status"]')).toHaveText('Copied.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await (await request.get('reference/get-authentication-trustedphonenumber.md')).text());
	expect(copied).toMatch(/^# GET pims\.authentication\.trustedphonenumber\n/);
	expect(copied).toContain('| [2307](');
});
