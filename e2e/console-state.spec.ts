// The console's state panel: presets and switches change what the next run meets, the status line and the
// panel follow the run, and a share link carries the situation without running it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ConsolePanel, ReferencePage } from './pages.ts';

async function openConsole(panel: ConsolePanel, slug: string): Promise<ConsolePanel> {
	await new ReferencePage(panel.page).goto(slug);
	await panel.open();
	return panel;
}

// The state panel and the runner, not the editor: the plain field, with the full editor refused.
test.use({ consoleEditor: 'plain' });

const statePanel = (page: Page) => page.locator('details.console-state');
const row = (page: Page, label: string) =>
	statePanel(page)
		.locator('.state-row', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
		.locator('dd');

test('a preset and a switch change what the next run meets, and a share link carries them without running', async ({ page, context, consolePanel }) => {
	test.setTimeout(90_000);
	const panel = await openConsole(consolePanel, 'get-authentication-trustedphonenumber');
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
	const shared = new ConsolePanel(other, consolePanel.editor);
	await shared.ready();
	await expect(other.getByRole('combobox', { name: 'Preset' })).toHaveValue('enrolled-ev');
	await expect(other.getByRole('checkbox', { name: 'Offline (no internet)' })).toBeChecked();
	await expect(other.getByRole('checkbox', { name: 'Bluetooth on' })).toBeChecked();
	await other.waitForTimeout(500);
	await expect(shared.output().locator('.log-entry[data-status]')).toHaveCount(0);
});

test('the panel follows a run: doors, selected car and live subscriptions', async ({ page, consolePanel }) => {
	test.setTimeout(90_000);
	const panel = await openConsole(consolePanel, 'set-vehicle-command-doors');
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
