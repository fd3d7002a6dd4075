// The 404 page suggests the operation a mistyped /reference/<slug>/ address meant, and offers search and the index.
import { expect, test } from '@playwright/test';

test('a mistyped operation address suggests the closest operation', async ({ page }) => {
	const response = await page.goto('reference/get-vehicle-conection/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	const suggestion = page.locator('[data-closest] a');
	await expect(suggestion).toHaveText('GET pims.vehicle.connection');
	await suggestion.click();
	await expect(page).toHaveURL(/\/reference\/get-vehicle-connection\/$/);
});
