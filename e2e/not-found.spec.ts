// The 404 page suggests the operation a mistyped /reference/<slug>/ address meant, and offers search and the index.
import { expect, test } from '@playwright/test';

test('a mistyped operation address suggests the closest operation', { tag: '@base' }, async ({ page }) => {
	const response = await page.goto('reference/get-vehicle-conection/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	const suggestion = page.locator('[data-closest] a');
	await expect(suggestion).toHaveText('GET pims.vehicle.connection');
	await suggestion.click();
	await expect(page).toHaveURL(/\/reference\/get-vehicle-connection\/$/);
});

test('its search button opens the search dialog, which finds the operation', { tag: '@base' }, async ({ page }) => {
	await page.goto('reference/no-such-page/');
	await expect(page.locator('[data-closest]')).toBeHidden();
	const button = page.getByRole('button', { name: 'Search the docs' });
	await expect(button).toBeVisible();
	await button.click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await expect(dialog).toBeVisible();
	const input = dialog.locator('input.pagefind-ui__search-input');
	await expect(input).toBeFocused();
	await input.fill('trustedphonenumber');
	await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /\/reference\/get-authentication-trustedphonenumber\/$/);
});

test('it links to the API index', { tag: '@base' }, async ({ page }) => {
	await page.goto('reference/no-such-page/');
	await page.getByRole('main').getByRole('link', { name: 'API index' }).click();
	await expect(page).toHaveURL(/\/reference\/$/);
});
