import { expect, test } from '@playwright/test';
import { loadCatalog, operationsWithError } from '../src/content-model/index.ts';

const catalog = loadCatalog();

test('the error catalogue lists every code under its family, with an anchor and the operations that document it', async ({ page }) => {
	await page.goto('reference/errors/');
	const codes = await page.locator('article.error-entry').evaluateAll((els) => els.map((e) => Number(e.id)));
	expect(codes.sort()).toEqual(catalog.errors.map((e) => e.code).sort());
	for (const e of catalog.errors) {
		const entry = page.locator(`[id="${e.code}"]`);
		await expect(entry.locator('[data-label]')).toHaveText(e.label);
		expect(await entry.evaluate((el) => el.closest('section')?.getAttribute('aria-labelledby'))).toBe(e.family);
		const links = await entry.locator('.error-ops a').evaluateAll((as) => as.map((a) => a.textContent?.trim()));
		expect(links).toEqual(operationsWithError(catalog, e.code).map((o) => o.title));
	}
});

test('an error code in a table links to its catalogue entry', async ({ page }) => {
	await page.goto('reference/get-authentication-trustedphonenumber/');
	await page.locator('[data-table="errors"] a', { hasText: '2307' }).click();
	await expect(page).toHaveURL(/\/reference\/errors\/#2307$/);
	await expect(page.locator('[id="2307"] [data-label]')).toHaveText('User dont have a phone number');
});

test('the Kotlin/Swift choice is shared across pages and remembered', async ({ page }) => {
	await page.goto('reference/get-authentication-trustedphonenumber/');
	await page.getByRole('tab', { name: 'Swift' }).first().click();
	await page.goto('reference/set-authentication-smscode-add-phone-number/');
	await expect(page.getByRole('tab', { name: 'Swift' }).first()).toHaveAttribute('aria-selected', 'true');
	await expect(page.locator('[data-example="swift"]')).toBeVisible();
	await expect(page.locator('[data-example="kotlin"]')).toBeHidden();
});

test('home and Get started pages render, with generated examples', async ({ page }) => {
	await page.goto('');
	await expect(page.locator('h1')).toHaveText('pims docs');
	await page.getByRole('link', { name: 'Get started' }).first().click();
	await expect(page.locator('h1')).toHaveText('Get started');
	await expect(page.locator('[data-example="kotlin"]').first()).toContainText('pims.initialize(');
});

test('every internal link on every page resolves', async ({ page, request, baseURL }) => {
	const root = new URL(baseURL ?? '/');
	const pages = ['', 'get-started/', 'reference/errors/', ...catalog.operations.map((o) => `reference/${o.slug}/`)];
	const checked = new Set<string>();
	const broken: string[] = [];
	for (const path of pages) {
		await page.goto(path);
		const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		for (const href of hrefs) {
			const url = new URL(href);
			if (url.origin !== root.origin) continue;
			const target = url.pathname;
			if (!checked.has(target)) {
				checked.add(target);
				const res = await request.get(target);
				if (res.status() !== 200) broken.push(`${path} -> ${target} (${res.status()})`);
			}
			if (url.hash.length > 1) {
				const id = decodeURIComponent(url.hash.slice(1));
				const html = await (await request.get(target)).text();
				if (!html.includes(`id="${id}"`)) broken.push(`${path} -> ${target}${url.hash} (no such anchor)`);
			}
		}
	}
	expect(broken).toEqual([]);
	// The crawl itself must have reached every page through some link, or it proved nothing.
	for (const path of pages) expect(checked, `no link leads to /${path}`).toContain(new URL(path, root).pathname);
});
