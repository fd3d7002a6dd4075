// axe finds no serious or critical violation on a reference page and on the playground with the console open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function seriousViolations(page: Page): Promise<string[]> {
	// Starlight's own search button shows "Ctrl K" beside its label; that markup is the framework's, not ours.
	const results = await new AxeBuilder({ page }).exclude('button[data-open-modal]').analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.impact} ${v.id}: ${v.help} (${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join('; ')})`,
		);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} mode`, () => {
		test.use({ colorScheme: scheme });

		test('a reference page', async ({ page }) => {
			await page.goto('reference/get-authentication-trustedphonenumber/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
			expect(await seriousViolations(page)).toEqual([]);
		});

		for (const [name, path] of [['the 404 page', 'reference/get-vehicle-conection/']] as const) {
			test(name, async ({ page }) => {
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
