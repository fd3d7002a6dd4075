// The console's state panel: presets and switches change what the next run meets, the status line and the
// panel follow the run, and a share link carries the situation without running it.
import { expect, test, type Page } from '@playwright/test';
import { ConsolePanel, ReferencePage } from './pages.ts';

async function openConsole(page: Page, slug: string): Promise<ConsolePanel> {
	await new ReferencePage(page).goto(slug);
	const panel = new ConsolePanel(page);
	await panel.open();
	return panel;
}

const statePanel = (page: Page) => page.locator('details.console-state');
const row = (page: Page, label: string) =>
	statePanel(page)
		.locator('.state-row', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
		.locator('dd');

test('a preset and a switch change what the next run meets, and a share link carries them without running', async ({ page, context }) => {
	test.setTimeout(90_000);
	const panel = await openConsole(page, 'get-authentication-trustedphonenumber');
	const status = page.locator('.console-status');
	await expect(status).toContainText('trusted phone number 0612345678');
	await statePanel(page).locator('summary').click();
	const preset = page.getByRole('combobox', { name: 'Preset' });
	await preset.selectOption('no-phone-number');
	await expect(status).toContainText('no trusted phone number');
	await expect(row(page, 'Trusted phone number')).toHaveText('none');
	await panel.run();
	await panel.waitForMessages(1);
	expect((await panel.messages())[0]?.error?.code).toBe(2307);

	await preset.selectOption('enrolled-ev');
	await page.getByRole('checkbox', { name: 'Offline (no internet)' }).check();
	await panel.run();
	await panel.waitForMessages(2);
	expect((await panel.messages())[1]?.error?.code).toBe(2202);

	await page.getByRole('button', { name: 'Share' }).click();
	await expect(page).toHaveURL(/#try=1\./);
	const other = await context.newPage();
	await other.goto(page.url());
	await other.locator('[data-ready="true"] .monaco-editor').waitFor({ timeout: 20_000 });
	await expect(other.getByRole('combobox', { name: 'Preset' })).toHaveValue('enrolled-ev');
	await expect(other.getByRole('checkbox', { name: 'Offline (no internet)' })).toBeChecked();
	await expect(other.getByRole('checkbox', { name: 'Bluetooth on' })).toBeChecked();
	await other.waitForTimeout(500);
	await expect(new ConsolePanel(other).output().locator('.log-entry[data-status]')).toHaveCount(0);
});

test('the panel follows a run: doors, selected car and live subscriptions', async ({ page }) => {
	test.setTimeout(90_000);
	const panel = await openConsole(page, 'set-vehicle-command-doors');
	await statePanel(page).locator('summary').click();
	await expect(row(page, 'Doors')).toHaveText('unlocked');
	await expect(row(page, 'Running')).toHaveText('none');
	await panel.setCode(
		[
			`await pims.subscribe('pims.vehicle.signal', undefined, () => {});`,
			`await pims.set('pims.vehicle.command', { action: 'doors', doorState: 'lock' });`,
			`setTimeout(() => pims.unsubscribe('pims.vehicle.signal'), 4000);`,
		].join('\n'),
	);
	await panel.run();
	await expect(row(page, 'pims.vehicle.signal')).toContainText('so far', { timeout: 10_000 });
	await expect(row(page, 'Doors')).toHaveText('locked', { timeout: 10_000 });
	await expect(row(page, 'Running')).toHaveText('none', { timeout: 15_000 });
	// Reset goes back to the preset.
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(row(page, 'Doors')).toHaveText('unlocked');
});
