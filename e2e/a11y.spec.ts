// axe finds no serious or critical violation on a reference page, the 404 and corrections pages, and on the playground with the console open.
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} mode`, () => {
		test.use({ colorScheme: scheme });

		test('a reference page', async ({ page }) => {
			await page.goto('reference/get-authentication-trustedphonenumber/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
			expect(await seriousViolations(page)).toEqual([]);
		});

		for (const [name, path] of [
			['the 404 page', 'reference/get-vehicle-conection/'],
			['the corrections page', 'reference/corrections/'],
		] as const) {
			test(name, async ({ page }) => {
				// axe takes a while over the long corrections page on this machine.
				test.setTimeout(120_000);
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
				expect(await seriousViolations(page)).toEqual([]);
			});
		}

		test('the playground with the console open and run', async ({ page, consolePanel }) => {
			// axe takes a while over Monaco's DOM on this machine.
			test.setTimeout(90_000);
			await page.goto('playground/');
			const panel = consolePanel;
			await panel.open();
			await panel.run();
			await panel.waitForMessages(1);
			expect(await seriousViolations(page)).toEqual([]);
		});
	});
}
