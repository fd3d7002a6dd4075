// Cheap enough to run under a base path too (npm run test:e2e:base): every link of llms.txt is a twin that the
// server has, under the site's base, and pages point at their twins there.
import { catalog, base, expect, test } from './fixtures.ts';

test('every link of llms.txt and llms-full.txt starts with the base path and opens a Markdown twin', { tag: '@base' }, async ({ request }) => {
	const llms = await (await request.get('llms.txt')).text();
	const links = [...llms.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
	expect(links.length).toBeGreaterThan(catalog.operations.length);
	expect(links.filter((l) => !l.startsWith(base))).toEqual([]);
	// Besides the twins, llms.txt points at llms-full.txt.
	expect(links.filter((l) => !l.endsWith('.md'))).toEqual([`${base}llms-full.txt`]);
	const missing: string[] = [];
	for (const link of links.filter((l) => l.endsWith('.md'))) {
		// A link starting with / resolves against the server's origin, as a browser would.
		const twin = await request.get(link);
		if (!twin.ok() || !(await twin.text()).startsWith('# ')) missing.push(link);
	}
	expect(missing).toEqual([]);
	const sources = [...(await (await request.get('llms-full.txt')).text()).matchAll(/^Source: (\S+)$/gm)].map((m) => m[1] ?? '');
	expect(sources.length).toBeGreaterThan(catalog.operations.length);
	expect(sources.filter((s) => !s.startsWith(base))).toEqual([]);
});

test('the home page and an operation page name their twins under the base path', { tag: '@base' }, async ({ page }) => {
	for (const [path, twin] of [
		['', 'index.md'],
		['reference/get-authentication-trustedphonenumber/', 'reference/get-authentication-trustedphonenumber.md'],
	] as const) {
		await page.goto(path);
		await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute('href', `${base}${twin}`);
	}
	await page.getByRole('link', { name: 'View as Markdown' }).click();
	expect(new URL(page.url()).pathname).toBe(`${base}reference/get-authentication-trustedphonenumber.md`);
	await expect(page.locator('body')).toContainText('# GET pims.authentication.trustedphonenumber');
});
