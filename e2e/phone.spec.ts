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
			// One read per page: its width, what sticks out, and where the header's buttons are.
			const seen = await page.evaluate((w) => {
				const box = (el: Element | null) => {
					if (!el) return null;
					const r = el.getBoundingClientRect();
					return { x: r.x, y: r.y, width: r.width, height: r.height };
				};
				const width = document.documentElement.scrollWidth;
				const wide: string[] = [];
				if (width !== w)
					for (const el of document.querySelectorAll('body *')) {
						const r = el.getBoundingClientRect();
						if (r.right > w + 1 && wide.length < 3) wide.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(r.right)})`);
					}
				const hasSidebar = document.querySelector('#starlight__sidebar') !== null;
				return { width, wide, search: box(document.querySelector('site-search button[data-open-modal]')), hasSidebar, menu: box(document.querySelector('button.sl-menu-button')) };
			}, WIDTH);
			if (seen.width !== WIDTH) problems.push(`${path}: ${seen.width} px wide: ${seen.wide.join(', ')}`);
			const onScreen = (b: typeof seen.search) => b !== null && b.width > 0 && b.x >= 0 && b.x + b.width <= WIDTH;
			if (!onScreen(seen.search)) problems.push(`${path}: search button off screen`);
			// Pages without a sidebar (the home page's splash layout) have no menu to open.
			if (!seen.hasSidebar) continue;
			if (!seen.menu || !onScreen(seen.menu)) {
				problems.push(`${path}: menu button off screen (${JSON.stringify(seen.menu)})`);
				continue;
			}
			// A real tap at the button's centre, as a finger would.
			await page.touchscreen.tap(seen.menu.x + seen.menu.width / 2, seen.menu.y + seen.menu.height / 2);
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
