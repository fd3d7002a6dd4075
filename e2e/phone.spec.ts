// Every built page at a 390 px phone with touch: nothing wider than the screen, the header's search
// and menu on screen, the menu opens the sidebar; and the console works by tapping.
import { expect, test } from '@playwright/test';
import { relative } from 'node:path';
import { htmlFiles } from '../src/site/html-files.ts';
import { ConsolePanel } from './pages.ts';

const dist = process.env.PIMS_DIST ?? 'dist';
const WIDTH = 390;
const pages = htmlFiles(dist)
	.map((f) =>
		relative(dist, f)
			.split('\\')
			.join('/')
			.replace(/index\.html$/, '')
			.replace(/\.html$/, '/'),
	)
	.filter((p) => p !== '404/')
	.sort();

test.use({ viewport: { width: WIDTH, height: 844 }, hasTouch: true, isMobile: true });

test('the build has its pages', () => {
	expect(pages.length).toBeGreaterThan(100);
});

// In groups, so the two workers share them and a failure names its pages.
const GROUPS = 6;
for (let g = 0; g < GROUPS; g++) {
	const group = pages.filter((_p, i) => i % GROUPS === g);
	test(`pages fit 390 px, and the menu button is on screen and opens the sidebar (group ${g + 1} of ${GROUPS})`, async ({ page }) => {
		test.setTimeout(group.length * 5_000);
		const problems: string[] = [];
		for (const path of group) {
			await page.goto(path, { waitUntil: 'domcontentloaded' });
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width !== WIDTH) {
				const wide = await page.evaluate((w) => {
					const out: string[] = [];
					for (const el of document.querySelectorAll('body *')) {
						const r = el.getBoundingClientRect();
						if (r.right > w + 1 && out.length < 3) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(r.right)})`);
					}
					return out.join(', ');
				}, WIDTH);
				problems.push(`${path}: ${width} px wide: ${wide}`);
			}
			const search = await page.locator('site-search button[data-open-modal]').first().boundingBox();
			if (!search || search.x < 0 || search.x + search.width > WIDTH) problems.push(`${path}: search button off screen`);
			// Pages without a sidebar (the home page's splash layout) have no menu to open.
			if ((await page.locator('#starlight__sidebar').count()) === 0) continue;
			const menu = page.locator('button.sl-menu-button');
			const box = await menu.boundingBox();
			if (!box || box.x < 0 || box.x + box.width > WIDTH) {
				problems.push(`${path}: menu button off screen (${JSON.stringify(box)})`);
				continue;
			}
			await menu.tap();
			if (!(await page.locator('#starlight__sidebar').evaluate((el) => el.matches(':popover-open') && el.getBoundingClientRect().width > 0)))
				problems.push(`${path}: the menu does not open the sidebar`);
		}
		expect(problems).toEqual([]);
	});
}

test('the console on the seed page opens, runs and shares by tapping', async ({ page }) => {
	await page.goto('reference/get-authentication-trustedphonenumber/');
	await page.getByRole('button', { name: 'Try it' }).tap();
	const panel = new ConsolePanel(page);
	await expect(page.getByRole('textbox', { name: 'Code editor (plain field)' })).toBeVisible();
	await expect(page.locator('.console-hint')).not.toContainText('Ctrl');
	await page.getByRole('button', { name: 'Run', exact: true }).tap();
	await panel.waitForMessages(1);
	expect((await panel.messages())[0]?.status).toBe('SUCCEEDED');
	await panel.scenario().selectOption('error:2307');
	await page.getByRole('button', { name: 'Share' }).tap();
	await expect(page).toHaveURL(/#try=1\./);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(WIDTH);
	// The full editor stays a choice on a phone.
	await page.getByRole('button', { name: 'Use the full editor' }).tap();
	await page.locator('[data-ready="true"] .monaco-editor').waitFor({ timeout: 20_000 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(WIDTH);
});
