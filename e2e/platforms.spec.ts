// Platform marks, the site-wide platform choice and the platform pages, on the built site.
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { ConsolePanel } from './pages.ts';
import type { Page } from '@playwright/test';

const SHOTS = process.env.PIMS_SHOTS;

/** The language of the visible panel of each set of example tabs on the page. */
async function visibleExampleLanguages(page: Page): Promise<string[]> {
	return page.locator('[data-examples] [role="tabpanel"]:not([hidden]) [data-example]').evaluateAll((els) => els.map((e) => e.getAttribute('data-example') ?? ''));
}

test.describe('platform marks', () => {
	test('an Android-only operation has a badge and no Swift example', async ({ page }) => {
		await page.goto('reference/set-vehicle-device/');
		await expect(page.locator('h1 [data-platform-badge="android"]')).toHaveText('Android only');
		await expect(page.locator('[data-meta="platform"]')).toContainText('iOS SDK has no such step');
		await expect(page.locator('[data-example="kotlin"]').first()).toBeAttached();
		await expect(page.locator('[data-example="swift"]')).toHaveCount(0);
		await expect(page.locator('pre[data-language="swift"]')).toHaveCount(0);
		await expect(page.locator('[data-platform-missing="ios"]').first()).toHaveText('The iOS SDK has no such call.');
	});

	test('an iOS-only parameter has a badge and appears in the Swift examples only', async ({ page }) => {
		await page.goto('reference/set-authentication-enrollment-enroll/');
		await expect(page.locator('[data-table="parameters"] tr[data-field="smsCode"] [data-platform-badge="ios"]')).toHaveText('iOS only');
		for (const code of await page.locator('[data-example="kotlin"] pre').allTextContents()) expect(code).not.toContain('smsCode');
		for (const code of await page.locator('[data-example="swift"] pre').allTextContents()) expect(code).toContain('"smsCode"');
	});
});

test.describe('API index', () => {
	test('has a platform column, and its platform filter hides what the chosen SDK lacks and stays in the URL', async ({ page }) => {
		await page.goto('reference/');
		const device = page.locator('tr[data-op="set-vehicle-device"]');
		await expect(device.locator('[data-col="platform"] [data-platform-badge="android"]')).toHaveText('Android only');
		await expect(page.locator('tr[data-op="get-authentication-trustedphonenumber"] [data-col="platform"]')).toHaveText('Both');
		await page.getByLabel('Platform', { exact: true }).selectOption('ios');
		await expect(device).toBeHidden();
		await expect(page.locator('tr[data-op="get-authentication-trustedphonenumber"]')).toBeVisible();
		await expect(page).toHaveURL(/[?&]sdk=ios\b/);
		await page.goto('reference/?sdk=android');
		await expect(device).toBeVisible();
		await expect(page.getByLabel('Platform', { exact: true })).toHaveValue('android');
	});
});

test.describe('site-wide platform choice', () => {
	test('?platform=ios switches every example on the page, and the choice is remembered', async ({ page }) => {
		await page.goto('reference/subscribe-vehicle-connection/');
		expect(new Set(await visibleExampleLanguages(page))).toEqual(new Set(['kotlin']));
		await page.goto('reference/subscribe-vehicle-connection/?platform=ios');
		const ios = await visibleExampleLanguages(page);
		expect(ios.length).toBeGreaterThanOrEqual(2);
		expect(new Set(ios)).toEqual(new Set(['swift']));
		await expect(page.locator('platform-select select').first()).toHaveValue('ios');
		await page.goto('guides/subscriptions/');
		expect(new Set(await visibleExampleLanguages(page))).toEqual(new Set(['swift']));
	});

	test('the header select switches the examples and puts the choice in the URL', async ({ page }) => {
		await page.goto('reference/get-authentication-trustedphonenumber/');
		await page.locator('platform-select select').first().selectOption('ios');
		await expect(page).toHaveURL(/[?&]platform=ios\b/);
		expect(new Set(await visibleExampleLanguages(page))).toEqual(new Set(['swift']));
		await page.getByRole('tab', { name: 'Kotlin' }).first().click();
		await expect(page).toHaveURL(/[?&]platform=android\b/);
		await expect(page.locator('platform-select select').first()).toHaveValue('android');
	});
});

test.describe('complete examples', () => {
	test('read typed result fields, the error code and label, and switch on a documented code', async ({ page }) => {
		await page.goto('reference/get-authentication-trustedphonenumber/');
		const kotlin = await page.locator('[data-complete] [data-example="kotlin"] pre').textContent();
		expect(kotlin).toContain('val phoneNumber = result?.get("phoneNumber") as? String');
		expect(kotlin).toContain('2307 -> { } // User dont have a phone number');
		const swift = await page.locator('[data-complete] [data-example="swift"] pre').textContent();
		expect(swift).toContain('case 2307: break // User dont have a phone number');
	});
});

test.describe('platform pages', () => {
	for (const [path, language, heading] of [
		['platforms/android/', 'kotlin', 'Android (Kotlin)'],
		['platforms/ios/', 'swift', 'iOS (Swift)'],
	] as const) {
		test(`${path} says what to ask for and lists what the SDK needs`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('h1')).toHaveText(heading);
			await expect(page.locator('main')).toContainText('not publicly available');
			await expect(page.locator(`pre[data-language="${language}"]`).first()).toBeVisible();
			await expect(page.locator('[data-table="bluetooth-components"] tbody tr')).toHaveCount(3);
			await expect(page.locator('[data-list="permission-errors"] li').first()).toBeVisible();
		});
	}

	test('the Android page lists the Android-only operation and Context parameters; the iOS page the smsCode', async ({ page }) => {
		await page.goto('platforms/android/');
		await expect(page.locator('[data-list="only-android"] li')).toHaveCount(7);
		await page.goto('platforms/ios/');
		await expect(page.locator('[data-list="only-ios"] li')).toHaveCount(1);
		await expect(page.locator('[data-list="only-ios"]')).toContainText('smsCode');
	});

	// A page checked in full in light mode is checked again in dark mode for the colour rules only (same DOM).
	const AXE_PAGES: Array<[string, 'light' | 'dark', 'colours' | undefined]> = [
		['platforms/android/', 'light', undefined],
		['platforms/android/', 'dark', 'colours'],
		['platforms/ios/', 'light', undefined],
		['platforms/ios/', 'dark', 'colours'],
		['reference/set-vehicle-device/', 'light', undefined],
		['reference/set-authentication-enrollment-enroll/?platform=ios', 'dark', undefined],
	];
	for (const [path, scheme, only] of AXE_PAGES) {
		test(`axe finds nothing serious on ${path} (${scheme})`, async ({ page }) => {
			// axe takes a while on long pages on this machine.
			test.setTimeout(120_000);
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			expect(await seriousViolations(page, only)).toEqual([]);
			if (SHOTS) await page.screenshot({ path: `${SHOTS}/${scheme}-${path.replace(/[/?=]+/g, '_')}.png` });
		});
	}

	test('at phone width the platform page fits and the badges show', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto('platforms/ios/?platform=ios');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/phone-ios.png`, fullPage: false });
		await page.goto('reference/set-authentication-enrollment-enroll/?platform=ios');
		await expect(page.locator('tr[data-field="smsCode"] [data-platform-badge="ios"]')).toBeVisible();
		await page.locator('tr[data-field="smsCode"]').scrollIntoViewIfNeeded();
		if (SHOTS) await page.screenshot({ path: `${SHOTS}/phone-enroll.png`, fullPage: false });
		await context.close();
	});
});

test.describe('the console runs as one platform', () => {
	// The platform the runner plays, not the editor: the plain field, with the full editor refused.
	test.use({ consoleEditor: 'plain' });
	const runsAs = (page: Page) => page.getByRole('combobox', { name: 'Runs as' });

	test('as Android by default an Android-only call succeeds; as iOS the SDK does not know it (2002)', async ({ page, consolePanel }) => {
		await page.goto('reference/set-vehicle-device/');
		await consolePanel.open();
		await expect(runsAs(page)).toHaveValue('android');
		await consolePanel.run();
		await consolePanel.waitForMessages(1);
		expect((await consolePanel.messages()).map((m) => [m.status, m.error])).toEqual([['SUCCEEDED', undefined]]);
		await expect(consolePanel.output()).toContainText('Run started as the Android SDK');

		await runsAs(page).selectOption('ios');
		await page.getByRole('button', { name: 'Clear' }).click();
		await consolePanel.run();
		await consolePanel.waitForMessages(1);
		expect((await consolePanel.messages()).map((m) => [m.status, m.error])).toEqual([['FAILED', { code: 2002, label: 'API not supported' }]]);
		await expect(consolePanel.output()).toContainText('Run started as the iOS SDK');
	});

	test("starts on the site-wide choice, follows it, and a share link carries the console's own", async ({ page, consolePanel }) => {
		await page.goto('reference/get-authentication-trustedphonenumber/?platform=ios');
		await consolePanel.open();
		await expect(runsAs(page)).toHaveValue('ios');
		await page.locator('platform-select select').first().selectOption('android');
		await expect(runsAs(page)).toHaveValue('android');

		await runsAs(page).selectOption('ios');
		await page.getByRole('button', { name: 'Share' }).click();
		await expect(page).toHaveURL(/#try=1\./);
		const link = page.url();
		// Opened where the site-wide choice is Android, the link's iOS wins.
		const other = await page.context().newPage();
		await other.goto(link.replace('?platform=ios', '?platform=android'));
		// A shared link opens the console by itself.
		await new ConsolePanel(other, consolePanel.editor).ready();
		await expect(runsAs(other)).toHaveValue('ios');
		await other.close();
	});

	test('on an Android-only operation the console starts as Android whatever the site-wide choice', async ({ page, consolePanel }) => {
		await page.goto('reference/set-vehicle-device/?platform=ios');
		await consolePanel.open();
		await expect(runsAs(page)).toHaveValue('android');
	});
});
