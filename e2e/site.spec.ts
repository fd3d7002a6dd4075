import { catalog, base, expect, test } from './fixtures.ts';
import { operationsWithError } from '../src/content-model/index.ts';
import { checkLinks } from './links.ts';

const dist = process.env.PIMS_DIST ?? 'dist';

test('the error catalogue lists every code under its family, with an anchor and the operations that document it', { tag: '@base' }, async ({ page }) => {
	await page.goto('reference/errors/');
	// Every entry read in one go: a few round trips per entry took most of this test's time.
	const entries = await page.locator('article.error-entry').evaluateAll((els) =>
		els.map((e) => ({
			code: Number(e.id),
			label: e.querySelector('[data-label]')?.textContent?.replace(/\s+/g, ' ').trim(),
			family: e.closest('section')?.getAttribute('aria-labelledby'),
			operations: [...e.querySelectorAll('.error-ops a')].map((a) => a.textContent?.trim()),
		})),
	);
	expect(entries.map((e) => e.code).sort()).toEqual(catalog.errors.map((e) => e.code).sort());
	for (const e of catalog.errors)
		expect(entries.find((entry) => entry.code === e.code)).toEqual({ code: e.code, label: e.label, family: e.family, operations: operationsWithError(catalog, e.code).map((o) => o.title) });
});

test('an error code in a table links to its catalogue entry', { tag: '@base' }, async ({ page }) => {
	await page.goto('reference/get-authentication-trustedphonenumber/');
	await page.locator('[data-table="errors"] a', { hasText: '2307' }).click();
	await expect(page).toHaveURL(/\/reference\/errors\/#2307$/);
	await expect(page.locator('[id="2307"] [data-label]')).toHaveText('User dont have a phone number');
});

test('the Kotlin/Swift choice is shared across pages and remembered', { tag: '@base' }, async ({ page }) => {
	await page.goto('reference/get-authentication-trustedphonenumber/');
	await page.getByRole('tab', { name: 'Swift' }).first().click();
	await page.goto('reference/set-authentication-smscode-add-phone-number/');
	await expect(page.getByRole('tab', { name: 'Swift' }).first()).toHaveAttribute('aria-selected', 'true');
	await expect(page.locator('[data-example="swift"]').first()).toBeVisible();
	await expect(page.locator('[data-example="kotlin"]').first()).toBeHidden();
});

test('home and Get started pages render, with generated examples', { tag: '@base' }, async ({ page }) => {
	await page.goto('');
	await expect(page.locator('h1')).toHaveText('pims docs');
	await page.getByRole('link', { name: 'Get started' }).first().click();
	await expect(page.locator('h1')).toHaveText('Get started');
	await expect(page.locator('[data-example="kotlin"]').first()).toContainText('pims.initialize(');
});

test('every internal link and anchor in the built site resolves', { tag: '@base' }, () => {
	const { pages, broken } = checkLinks(dist, base);
	expect(broken).toEqual([]);
	// Every operation page was among the pages read, or the check proved nothing.
	for (const op of catalog.operations) expect(pages).toContain(`${base}reference/${op.slug}/`);
});

// What a static host does with an address typed without its trailing slash, and what the site then shows.
test('an address without its trailing slash reaches its page, or the 404 page with the closest operation', { tag: '@base' }, async ({ page }) => {
	await page.goto('reference/get-vehicle-connection');
	await expect(page).toHaveURL(/\/reference\/get-vehicle-connection\/$/);
	const response = await page.goto('reference/get-vehicle-conection');
	expect(response?.status()).toBe(404);
	await expect(page.locator('[data-closest] a')).toHaveText('GET pims.vehicle.connection');
});
