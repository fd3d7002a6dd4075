// The corrections page lists every correction under each operation it concerns; operation pages only link to it.
import { catalog, expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// Read from the content file itself, not through the site's loader.
const list = parse(readFileSync('content/corrections.yaml', 'utf8')) as Array<{ id: string; operations: string[] }>;
const PUBLISHED = /published (data|reference)/i;

test('the corrections page lists every correction under each of its operations', async ({ page }) => {
	await page.goto('reference/corrections/');
	await expect(page.locator('h1')).toHaveText('Corrections to the published reference');
	const rows = await page
		.locator('tr[data-correction]')
		.evaluateAll((trs) => trs.map((tr) => `${tr.closest('[data-operation]')?.getAttribute('data-operation')} ${tr.getAttribute('data-correction')}`));
	const expected = list.flatMap((c) => c.operations.map((slug) => `${slug} ${c.id}`));
	expect(rows.sort()).toEqual(expected.sort());
	expect(list.length).toBeGreaterThan(50);
	// Every cell says something, and none shows Markdown backticks.
	const cells = await page.locator('tr[data-correction] td').allInnerTexts();
	expect(cells.filter((t) => t.trim() === '' || t.includes('`'))).toEqual([]);
});

test('an operation page with corrections links to its section; one without has no marker', async ({ page }) => {
	await page.goto('reference/get-authentication-smscode-phone-number-certification/');
	const marker = page.getByRole('link', { name: 'Corrected' });
	await marker.click();
	await expect(page).toHaveURL(/\/reference\/corrections\/#get-authentication-smscode-phone-number-certification$/);
	await expect(page.locator('#get-authentication-smscode-phone-number-certification [data-correction="phone-number-is-a-string"]')).toBeVisible();

	await page.goto('reference/get-authentication-trustedphonenumber/');
	await expect(page.locator('.corrected-marker')).toHaveCount(0);
});

test('no operation page speaks of the published reference outside its marker', async ({ request }) => {
	test.setTimeout(120_000);
	const corrected = new Set(list.flatMap((c) => c.operations));
	const offenders: string[] = [];
	for (const op of catalog.operations) {
		const html = await (await request.get(`reference/${op.slug}/`)).text();
		const main = (html.split('<main')[1] ?? '').split('</main>')[0] ?? '';
		const markers = main.match(/class="corrected-marker[^"]*"/g)?.length ?? 0;
		if (markers !== (corrected.has(op.slug) ? 1 : 0)) offenders.push(`${op.slug}: ${markers} markers`);
		const text = main.replace(/<p class="corrected-marker[\s\S]*?<\/p>/, '').replace(/<[^>]+>/g, ' ');
		if (PUBLISHED.test(text)) offenders.push(`${op.slug}: ${text.match(/[^.]*published[^.]*/i)?.[0]?.trim()}`);
	}
	expect(offenders).toEqual([]);
});
