// Starlight's search (Pagefind) on the built site: an operation's full name, its name and subname, and an error code
// each bring up the expected page first.
//
// How Pagefind indexes our names (read from its index and source): `pims.vehicle.trips` is stored whole, without the
// dots, as `pimsvehicletrips`, and also as its parts `pims`, `vehicle`, `trips` at a third of the weight; camel case
// splits the same way (`addPhoneNumber` -> `addphonenumber`, then `add`, `phone`, `number`). A query is normalised the
// same way, so a full name matches the whole word. Numbers are ordinary words. English stemming applies to every word,
// so a name and its plural (`pims.vehicle.trip`, `pims.vehicle.trips`) are the same word to the index: for those pairs
// an operation of either name may come first, and the one named is among the results the dialog shows.
import { catalog, base, expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { operationsWithError, type Operation } from '../src/content-model/index.ts';
import { SearchDialog, sitePath, type SearchResult } from './catalogue-pages.ts';

const opOf = (r: SearchResult | undefined) => catalog.operations.find((o) => r && sitePath(r.href, base) === `/reference/${o.slug}/`);
/** The results the dialog shows before "Load more results". */
const SHOWN = 5;

test.describe('the search dialog', () => {
	// The first search in each test loads Pagefind, its index and its interface.
	test.describe.configure({ timeout: 60_000 });
	test('finds an operation by its full name, first', async ({ page }) => {
		await page.goto('');
		const search = new SearchDialog(page);
		await search.open('button');
		await search.search('pims.authentication.trustedphonenumber');
		const [first] = await search.loadedResults();
		expect(opOf(first)?.slug).toBe('get-authentication-trustedphonenumber');
		await search.dialog().locator('.pagefind-ui__result-link').first().click();
		await expect(page).toHaveURL(/\/reference\/get-authentication-trustedphonenumber\/$/);
	});

	test('finds an operation by name and subname, first', async ({ page }) => {
		await page.goto('reference/');
		const search = new SearchDialog(page);
		await search.open('shortcut');
		await search.search('smscode addPhoneNumber');
		const [first] = await search.loadedResults();
		expect(opOf(first)?.slug).toBe('set-authentication-smscode-add-phone-number');
	});

	test('finds an error code: its catalogue entry first, then the operations that document it', async ({ page }) => {
		await page.goto('reference/errors/');
		const search = new SearchDialog(page);
		await search.open('shortcut');
		await search.search('2307');
		await expect
			.poll(async () => {
				const results = await search.results();
				return {
					first: sitePath(results[0]?.href ?? '', base),
					entry: results[0]?.subHrefs.map((h) => sitePath(h, base)).includes('/reference/errors/#2307') ?? false,
					second: sitePath(results[1]?.href ?? '', base),
				};
			})
			.toEqual({ first: '/reference/errors/', entry: true, second: '/reference/get-authentication-trustedphonenumber/' });
		await search.dialog().locator('.pagefind-ui__result-nested a[href$="#2307"]').click();
		await expect(page.locator('[id="2307"]')).toBeInViewport();
	});
});

interface Hit {
	url: string;
	subUrls: string[];
}

/**
 * Runs many queries through the Pagefind instance the dialog has loaded and configured (same module URL, so the same
 * ranking options Starlight passes), which is much faster than typing each one.
 */
async function searchAll(page: Page, queries: string[]): Promise<Map<string, Hit[]>> {
	const search = new SearchDialog(page);
	await search.open('button');
	await search.search('2307');
	await expect.poll(async () => (await search.results()).map((r) => r.href)).not.toContain('');
	const shown = await search.results();
	const bundle = `${base}pagefind/pagefind.js`;
	const hits = await page.evaluate(
		async ([bundle, queries]) => {
			type Pagefind = { search(q: string): Promise<{ results: Array<{ data(): Promise<{ url: string; sub_results: Array<{ url: string }> }> }> }> };
			const pagefind = (await import(bundle)) as Pagefind;
			const out: Array<[string, Array<{ url: string; subUrls: string[] }>]> = [];
			for (const q of queries) {
				const { results } = await pagefind.search(q);
				const data = await Promise.all(results.slice(0, 8).map((r) => r.data()));
				out.push([q, data.map((d) => ({ url: d.url, subUrls: d.sub_results.map((s) => s.url) }))]);
			}
			return out;
		},
		[bundle, queries] as const,
	);
	const map = new Map(hits);
	// The instance is the dialog's own: it ranks the dialog's query exactly as the dialog showed it.
	expect(
		map
			.get('2307')
			?.slice(0, shown.length)
			.map((h) => h.url),
	).toEqual(shown.map((r) => r.href));
	return map;
}

test('every operation name, name with subname and error code ranks its page first', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('');
	const names = [...new Set(catalog.operations.map((o) => o.api))];
	const withSub = catalog.operations.filter((o): o is Operation & { discriminator: { value: string } } => o.discriminator !== undefined);
	const codes = catalog.errors.map((e) => String(e.code));
	const hits = await searchAll(page, ['2307', ...names, ...withSub.map((o) => `${o.api} ${o.discriminator.value}`), ...codes]);
	const opAt = (url: string | undefined) => catalog.operations.find((o) => url !== undefined && sitePath(url, base) === `/reference/${o.slug}/`);
	const stem = (name: string) => name.replace(/s$/, '');

	for (const name of names) {
		const results = hits.get(name) ?? [];
		const first = opAt(results[0]?.url);
		// A name and its plural are one word to Pagefind's English stemmer (see the top of this file).
		expect(first && stem(first.api) === stem(name), `${name}: first result ${results[0]?.url}`).toBe(true);
		expect(
			results.slice(0, SHOWN).some((r) => opAt(r.url)?.api === name),
			`${name} among the results shown`,
		).toBe(true);
	}
	for (const op of withSub) {
		const q = `${op.api} ${op.discriminator.value}`;
		// The same name and subname under GET and SET are both right.
		expect(opAt(hits.get(q)?.[0]?.url)?.title, q).toBe(op.title);
	}
	for (const code of codes) {
		const [first, ...rest] = hits.get(code) ?? [];
		expect(first && sitePath(first.url, base), code).toBe('/reference/errors/');
		expect(
			first?.subUrls.map((u) => sitePath(u, base)),
			code,
		).toContain(`/reference/errors/#${code}`);
		const documenting = operationsWithError(catalog, Number(code));
		if (documenting.length < SHOWN) {
			const shown = rest.slice(0, SHOWN - 1).map((r) => sitePath(r.url, base));
			for (const o of documenting) expect(shown, `${code} documented by ${o.slug}`).toContain(`/reference/${o.slug}/`);
		}
	}
});
