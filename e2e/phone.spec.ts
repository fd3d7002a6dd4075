// Every built page at a 390 px phone with touch: nothing wider than the screen, the header's search
// and menu on screen, the menu opens the sidebar (by a real tap on one page of each kind); and the console works by tapping.
import { expect, test } from '@playwright/test';
import { catalog } from './fixtures.ts';
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

/**
 * The pages where the menu is opened by a real tap at the button's centre: the first page of each kind (an
 * operation, `reference/` and each of its sections, a guide, a platform page, the playground...). Every other page
 * checks the same two things in the page itself, without the touch gesture and the frames it waits for: the topmost
 * element at the button's centre is the button (what a tap there reaches), and activating it opens the sidebar. The
 * button opens the sidebar natively (`popovertarget`, Starlight's markup on every page), so what a tap adds is the
 * same on every page.
 */
const operationPages = new Set(catalog.operations.map((o) => `reference/${o.slug}/`));
const kindOf = (path: string) =>
	operationPages.has(path)
		? 'operation'
		: path
				.split('/')
				.slice(0, path.startsWith('reference/') ? 2 : 1)
				.join('/');
const tapped = new Set(pages.filter((p, i) => pages.findIndex((q) => kindOf(q) === kindOf(p)) === i));

test('a real tap is tried on one page of each kind', () => {
	expect([...tapped]).toEqual(expect.arrayContaining(['', 'get-started/', 'playground/', 'reference/', 'reference/errors/', 'reference/corrections/']));
	expect(tapped.size).toBeGreaterThan(8);
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
			const tap = tapped.has(path);
			// One read per page: its width, what sticks out, where the header's buttons are, and (without a real tap)
			// whether the button is what a tap at its centre reaches and whether it opens the sidebar.
			const seen = await page.evaluate(
				({ w, tap }) => {
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
					const sidebar = document.querySelector('#starlight__sidebar');
					const button = document.querySelector<HTMLButtonElement>('button.sl-menu-button');
					const menu = box(button);
					let opened: string | undefined;
					if (!tap && sidebar && button && menu && menu.width > 0) {
						const hit = document.elementFromPoint(menu.x + menu.width / 2, menu.y + menu.height / 2);
						if (!hit || !button.contains(hit)) opened = `a tap at the menu button's centre reaches ${hit ? hit.tagName.toLowerCase() + '.' + [...hit.classList].join('.') : 'nothing'}`;
						else {
							button.click();
							opened = sidebar.matches(':popover-open') && sidebar.getBoundingClientRect().width > 0 ? 'open' : 'the menu does not open the sidebar';
						}
					}
					return { width, wide, search: box(document.querySelector('site-search button[data-open-modal]')), hasSidebar: sidebar !== null, menu, opened };
				},
				{ w: WIDTH, tap },
			);
			if (seen.width !== WIDTH) problems.push(`${path}: ${seen.width} px wide: ${seen.wide.join(', ')}`);
			const onScreen = (b: typeof seen.search) => b !== null && b.width > 0 && b.x >= 0 && b.x + b.width <= WIDTH;
			if (!onScreen(seen.search)) problems.push(`${path}: search button off screen`);
			// Pages without a sidebar (the home page's splash layout) have no menu to open.
			if (!seen.hasSidebar) continue;
			if (!seen.menu || !onScreen(seen.menu)) {
				problems.push(`${path}: menu button off screen (${JSON.stringify(seen.menu)})`);
				continue;
			}
			if (!tap) {
				if (seen.opened !== 'open') problems.push(`${path}: ${seen.opened}`);
				continue;
			}
			// A real tap at the button's centre, as a finger would.
			await page.touchscreen.tap(seen.menu.x + seen.menu.width / 2, seen.menu.y + seen.menu.height / 2);
			if (!(await page.locator('#starlight__sidebar').evaluate((el) => el.matches(':popover-open') && el.getBoundingClientRect().width > 0)))
				problems.push(`${path}: the menu does not open the sidebar on a tap`);
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
	// No editor is loading, so the problems list does not promise one.
	await expect(page.locator('.console-problems-summary')).toHaveText('Problems: checked in the full editor.');
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
	await expect(page.locator('.console-problems-summary')).toHaveText('No problems.', { timeout: 20_000 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(WIDTH);
});
