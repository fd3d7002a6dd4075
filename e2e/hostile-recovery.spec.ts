// A sandbox that dies or hangs: the page notices on its own timer, says so, builds a fresh one, and
// the next Run works. And a run the watchdog stops leaves no subscriptions behind in the state panel. The sandbox is
// what is tested, not the editor: the console keeps its plain field, with the full editor refused.
import { expect, test, type Page } from '@playwright/test';
import { RawPage } from './hostile-cdp.ts';
import { openConsole, report, STALL_LIMIT_MS, waitForLastLine, watchStalls } from './hostile.ts';

const TICKING = `await pims.get('pims.authentication.trustedphonenumber');\nsetInterval(() => console.log('tick'), 300);`;

interface AfterLoss {
	lostMs: number;
	stopDisabled: boolean;
	lostText: string;
	succeededMs: number;
	stall: number;
}

/**
 * In the page: waits for the log to say the sandbox was lost, then presses Run and waits for a
 * SUCCEEDED message after that; times both from its own start. `idleMs`: first waits that long, and
 * expects no loss message before Run (the run itself must work).
 */
function afterLoss(idleMs: number): Promise<AfterLoss> {
	const log = document.querySelector('[role="log"]')!;
	const t0 = performance.now();
	const until = <T>(find: () => T | undefined, ms: number, what: string) =>
		new Promise<T>((resolve, reject) => {
			const check = () => {
				const found = find();
				if (found === undefined) return;
				observer.disconnect();
				clearTimeout(timer);
				resolve(found);
			};
			const observer = new MutationObserver(check);
			observer.observe(log, { childList: true, subtree: true });
			const timer = setTimeout(() => (observer.disconnect(), reject(new Error(`no ${what} within ${ms} ms`))), ms);
			check();
		});
	const entries = () => [...log.querySelectorAll<HTMLElement>('.log-entry')];
	const lostEntry = () => entries().find((e) => e.textContent?.includes('stopped answering'));
	const run = document.querySelector<HTMLButtonElement>('button.console-run')!;
	const stop = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Stop')!;
	return (async () => {
		let lostMs = 0;
		let stopDisabled = true;
		if (idleMs > 0) await new Promise((r) => setTimeout(r, idleMs));
		else {
			await until(lostEntry, 15_000, 'message that the sandbox was lost');
			lostMs = performance.now() - t0;
			stopDisabled = stop.disabled;
		}
		const before = entries().length;
		const pressed = performance.now();
		run.click();
		await until(
			() =>
				entries()
					.slice(before)
					.find((e) => e.dataset.status === 'SUCCEEDED'),
			15_000,
			'SUCCEEDED after Run',
		);
		const w = window as unknown as { __stall: number };
		return { lostMs: Math.round(lostMs), stopDisabled, lostText: lostEntry()?.textContent ?? '', succeededMs: Math.round(performance.now() - pressed), stall: Math.round(w.__stall) };
	})();
}

/** A run that prints a tick every 300 ms, with the page's stalls watched from its first tick. */
async function startTicking(page: Page): Promise<void> {
	const panel = await openConsole(page, 'plain');
	await panel.setCode(TICKING);
	await panel.run();
	await waitForLastLine(page, 'tick');
	await watchStalls(page);
}

test.describe('a lost sandbox', () => {
	test('a sandbox whose process crashes mid-run is replaced: the log says so, Stop ends, the next Run succeeds', async ({ page, browser }) => {
		test.setTimeout(60_000);
		await startTicking(page);
		const raw = await RawPage.crashSandbox(browser, page);
		const after = await raw.evaluate<AfterLoss>(`(${afterLoss.toString()})(0)`);
		report('sandbox crashed mid-run', after.stall, after.lostMs + after.succeededMs);
		expect(after.lostText).toContain('A fresh sandbox is ready');
		expect(after.stopDisabled).toBe(true);
		expect(after.succeededMs).toBeLessThan(5000);
		expect(after.stall).toBeLessThan(STALL_LIMIT_MS);
	});

	test('a sandbox that crashes after Stop is rebuilt on its own, and the next Run succeeds', async ({ page, browser }) => {
		test.setTimeout(60_000);
		const panel = await openConsole(page, 'plain');
		await panel.setCode(`await pims.get('pims.authentication.trustedphonenumber');`);
		await panel.run();
		await panel.waitForMessages(1);
		await page.getByRole('button', { name: 'Stop' }).click();
		await expect(panel.output().locator('.log-note').last()).toContainText('Stopped');
		await watchStalls(page);
		const raw = await RawPage.crashSandbox(browser, page);
		const after = await raw.evaluate<AfterLoss>(`(${afterLoss.toString()})(6000)`);
		report('sandbox crashed after Stop', after.stall, after.succeededMs);
		expect(after.succeededMs).toBeLessThan(5000);
		const notes = await raw.evaluate<string[]>(`[...document.querySelectorAll('[role="log"] .log-note')].map((e) => e.textContent)`);
		expect(notes.some((n) => n.includes('The sandbox stopped answering while no code was running'))).toBe(true);
		expect(after.stall).toBeLessThan(STALL_LIMIT_MS);
	});

	test('a sandbox frame that hangs is replaced, and the next Run succeeds', async ({ page }) => {
		test.setTimeout(60_000);
		await startTicking(page);
		const frame = page.frames().find((f) => f.url() === 'about:srcdoc')!;
		// Never returns: the frame's own thread spins until the page removes the frame.
		void frame
			.evaluate(() => {
				for (;;);
			})
			.catch(() => {});
		const after = await page.evaluate(afterLoss, 0);
		report('sandbox frame hung mid-run', after.stall, after.lostMs + after.succeededMs);
		expect(after.lostText).toContain('A fresh sandbox is ready');
		expect(after.stopDisabled).toBe(true);
		expect(after.succeededMs).toBeLessThan(5000);
		expect(after.stall).toBeLessThan(STALL_LIMIT_MS);
	});
});

test('a run the watchdog stops leaves no subscriptions listed in the state panel', async ({ page }) => {
	test.setTimeout(60_000);
	const panel = await openConsole(page, 'plain');
	const state = page.locator('details.console-state');
	await state.locator('summary').click();
	const running = state
		.locator('.state-row')
		.filter({ has: page.locator('dt', { hasText: /^Running$/ }) })
		.locator('dd');
	await expect(running).toHaveText('none');
	await panel.setCode(`await pims.subscribe('pims.vehicle.signal', undefined, () => {});\nawait new Promise((r) => setTimeout(r, 1500));\nwhile (true) {}`);
	await panel.run();
	await expect(state.locator('dt', { hasText: 'pims.vehicle.signal' })).toBeVisible({ timeout: 10_000 });
	await expect(panel.output().locator('.log-error')).toContainText('Stopped', { timeout: 20_000 });
	await expect(running).toHaveText('none');
	await expect(state.locator('dt', { hasText: 'pims.vehicle.signal' })).toHaveCount(0);
});
