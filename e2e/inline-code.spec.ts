// Inline code in content renders as code: no page of the build shows a raw backtick outside code.
import { expect, test } from './fixtures.ts';
import { builtPages } from './site-pages.ts';

test('no visible text outside code shows a backtick, on any page', async ({ page }) => {
	test.setTimeout(90_000);
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(100);
	await page.goto('');
	// Each page's HTML is parsed in the browser, as served; text under hidden elements does not count.
	const offenders = await page.evaluate(async (paths) => {
		const out: string[] = [];
		for (const path of paths) {
			const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
			const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const el = n.parentElement;
				if (!n.textContent?.includes('`') || !el || el.closest('pre, code, script, style, template, noscript, [hidden]')) continue;
				out.push(`/${path}: ${n.textContent.trim().slice(0, 80)}`);
			}
		}
		return out;
	}, pages);
	expect(offenders).toEqual([]);
});
