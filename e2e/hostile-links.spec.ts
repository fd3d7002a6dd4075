// Hostile share links: a compressed bomb and every kind of damaged link. Opening one never runs it.
import { expect, test } from '@playwright/test';
import { followUpRun, link, longestStall, openLink, report, SLUG, STALL_LIMIT_MS } from './hostile.ts';

test.describe('share links', () => {
	test('a compressed bomb is refused at 1 MB, quickly, and nothing runs', async ({ page }) => {
		// About 200 MB of code once inflated, from a link of a few hundred kilobytes.
		const bomb = Buffer.concat([Buffer.from('{"code":"'), Buffer.alloc(200_000_000, 'a'), Buffer.from('","op":"get-authentication-trustedphonenumber"}')]);
		test.setTimeout(90_000);
		const hash = link(bomb);
		const { panel, readyMs } = await openLink(page, hash);
		await expect(panel.output().locator('.log-entry').first()).toContainText('larger than 1 MB');
		await expect(panel.output().locator('.log-entry').first()).toContainText('Nothing ran.');
		expect(await panel.code()).toContain('pims.get("pims.authentication.trustedphonenumber")');
		const stall = await longestStall(page);
		const usable = readyMs + (await followUpRun(panel));
		report('bomb link', stall, usable);
		expect(stall).toBeLessThan(STALL_LIMIT_MS);
		// Reading the link (from the console module's start, while Monaco and Shiki load beside it) is
		// quick: the inflation stops at 1 MB.
		const readMs = await page.evaluate(() => performance.getEntriesByName('pims-console:share')[0]!.startTime - performance.getEntriesByName('pims-console:module-loaded')[0]!.startTime);
		test.info().annotations.push({ type: 'measured', description: `bomb link read in ${Math.round(readMs)} ms, console ready after ${readyMs} ms` });
		expect(readMs).toBeLessThan(8000);
		await expect(panel.output().locator('.log-console-log')).toHaveCount(1);
	});

	const valid = link(JSON.stringify({ code: "console.log('shared code ran');", op: SLUG, scenario: 'success' }));
	const cases: Array<[string, string, RegExp]> = [
		['bad base64', '#try=1.@@not*base64!!', /damaged: its data is not valid base64/],
		['truncated', valid.slice(0, Math.floor(valid.length / 2)), /incomplete: its data ends too early/],
		['not JSON', link('this is not JSON at all'), /damaged: its data is not JSON/],
		['wrong shape', link(JSON.stringify({ code: 42, op: [] })), /damaged: its data holds no code/],
		['unknown version', `#try=9.${valid.slice('#try=1.'.length)}`, /unknown version of the console \(9\)/],
	];
	for (const [kind, hash, message] of cases) {
		test(`a link with ${kind} says so, shows the default example and runs nothing`, async ({ page }) => {
			test.setTimeout(60_000);
			const { panel } = await openLink(page, hash);
			const entry = panel.output().locator('.log-entry').first();
			await expect(entry).toContainText(message);
			await expect(entry).toContainText('Nothing ran.');
			expect(await panel.code()).toContain('pims.get("pims.authentication.trustedphonenumber")');
			await page.waitForTimeout(500);
			await expect(panel.output().locator('.log-console-log')).toHaveCount(0);
			expect(await longestStall(page)).toBeLessThan(STALL_LIMIT_MS);
		});
	}

	test('a link naming an unknown operation keeps the code, says so, and runs nothing', async ({ page }) => {
		const { panel } = await openLink(page, link(JSON.stringify({ code: "console.log('kept');", op: 'get-no-such-thing', scenario: 'success' })));
		const entry = panel.output().locator('.log-entry').first();
		await expect(entry).toContainText('names an operation this site does not have: get-no-such-thing');
		await expect(entry).toContainText('Nothing ran.');
		expect(await panel.code()).toContain("console.log('kept');");
		await expect(panel.output().locator('.log-console-log')).toHaveCount(0);
	});

	test('a link asking for an undocumented scenario says so and selects the documented success', async ({ page }) => {
		const { panel } = await openLink(page, link(JSON.stringify({ code: "console.log('kept');", op: SLUG, scenario: 'error:9999' })));
		const entry = panel.output().locator('.log-entry').first();
		await expect(entry).toContainText(`scenario error:9999, which ${SLUG} does not have`);
		await expect(entry).toContainText('Documented success is selected instead. Nothing ran.');
		await expect(panel.scenario()).toHaveValue('success');
		await expect(panel.output().locator('.log-console-log')).toHaveCount(0);
	});
});
