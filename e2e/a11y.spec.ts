// axe finds no serious or critical violation on a reference page, the 404 and corrections pages, and on the playground with the console open:
// every rule in light mode, and the colour rules again in dark mode, where the DOM is the same.
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} mode`, () => {
		test.use({ colorScheme: scheme });
		// axe takes a while over long pages and Monaco's DOM on this machine.
		test.describe.configure({ timeout: 120_000 });
		const only = scheme === 'dark' ? 'colours' : undefined;

		test('a reference page', async ({ page }) => {
			await page.goto('reference/get-authentication-trustedphonenumber/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
			expect(await seriousViolations(page, only)).toEqual([]);
		});

		for (const [name, path] of [
			['the 404 page', 'reference/get-vehicle-conection/'],
			['the corrections page', 'reference/corrections/'],
		] as const) {
			test(name, async ({ page }) => {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
				expect(await seriousViolations(page, only)).toEqual([]);
			});
		}

		test('the playground with the console open and run', async ({ page, consolePanel }) => {
			await page.goto('playground/');
			const panel = consolePanel;
			await panel.open();
			await panel.run();
			await panel.waitForMessages(1);
			expect(await seriousViolations(page, only)).toEqual([]);
		});
	});
}
