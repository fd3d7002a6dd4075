// Helpers for the hostile-input specs: how long the page's own thread stalled (a 50 ms ticker on the
// page), how soon the console runs code again, and share links built by hand.
import { deflateRawSync } from 'node:zlib';
import { test, type Page } from '@playwright/test';
import { ConsolePanel, refuseFullEditor, ReferencePage, type ConsoleEditor } from './pages.ts';

export const SLUG = 'get-authentication-trustedphonenumber';
/**
 * The longest the page's thread may stall during one of these inputs. Generous: on this 2-core machine
 * the measured stalls were 0.1 to 1 s with these specs alone, and up to 2.4 s in the full suite (two
 * test workers, load average 20), where the page waits for the processor too. Still well below each
 * freeze these inputs caused before the fixes (8 s to minutes; 12 s for a 100,000-field message).
 */
export const STALL_LIMIT_MS = 4000;
/**
 * The same, where the sandbox's worker spins a core on purpose (a busy loop, a memory bomb, a timer
 * storm) until a budget stops it: on 2 cores the page's thread then waits for the processor as well
 * (measured up to 2.4 s with a load average of 19, 1.9 s in the full suite). Before the fixes these runs were never stopped.
 */
export const SPINNING_STALL_LIMIT_MS = 5000;

export const base64Url = (bytes: Buffer): string => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
export const link = (payload: string | Buffer, version = '1'): string => `#try=${version}.${base64Url(deflateRawSync(payload))}`;

/** Starts (or restarts) the ticker that records the page's longest stall. */
export async function watchStalls(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as { __stall: number; __stallTimer?: number };
		clearInterval(w.__stallTimer);
		w.__stall = 0;
		let last = performance.now();
		w.__stallTimer = window.setInterval(() => {
			const now = performance.now();
			w.__stall = Math.max(w.__stall, now - last - 50);
			last = now;
		}, 50);
	});
}

/** The longest stall since watchStalls, including the time this very evaluate waited to run. */
export async function longestStall(page: Page): Promise<number> {
	const t0 = Date.now();
	const stall = await page.evaluate(() => (window as unknown as { __stall: number }).__stall);
	return Math.round(Math.max(stall, Date.now() - t0));
}

/**
 * Waits until the log's last console line reads `text`, with one cheap query every 200 ms: a locator
 * polling a log of a thousand entries would itself stall the page it measures.
 */
export async function waitForLastLine(page: Page, text: string, timeout = 30_000): Promise<void> {
	await page.waitForFunction(
		(t) => {
			const lines = document.querySelectorAll('[role="log"] .log-console-log .log-text');
			return lines[lines.length - 1]?.textContent === t;
		},
		text,
		{ timeout, polling: 200 },
	);
}

/**
 * Runs a one-line program and returns the milliseconds from pressing Run to its output, timed in the
 * page itself (a Playwright click adds its own checks, which take a while on a busy machine).
 */
export async function followUpRun(panel: ConsolePanel, text = 'usable again'): Promise<number> {
	await panel.setCode(`console.log('${text}');`);
	return panel.page.evaluate(
		(t) =>
			new Promise<number>((resolve, reject) => {
				const log = document.querySelector('[role="log"]')!;
				const start = performance.now();
				const seen = () => {
					const lines = log.querySelectorAll('.log-console-log .log-text');
					return lines[lines.length - 1]?.textContent === t;
				};
				const observer = new MutationObserver(() => {
					if (!seen()) return;
					observer.disconnect();
					resolve(Math.round(performance.now() - start));
				});
				observer.observe(log, { childList: true, subtree: true });
				setTimeout(() => reject(new Error(`no "${t}" within 10 s`)), 10_000);
				document.querySelector<HTMLButtonElement>('button.console-run')!.click();
			}),
		text,
	);
}

export function report(name: string, stall: number, usable: number): void {
	test.info().annotations.push({ type: 'measured', description: `${name}: longest stall ${stall} ms, usable again after ${usable} ms` });
	console.log(`[measured] ${name}: longest stall ${stall} ms, usable again after ${usable} ms`);
}

/** `plain`: the full editor is refused, for inputs that test the sandbox and the output rather than the editor. */
export async function openConsole(page: Page, editor: ConsoleEditor = 'full'): Promise<ConsolePanel> {
	if (editor === 'plain') await refuseFullEditor(page);
	await new ReferencePage(page).goto(SLUG);
	const panel = new ConsolePanel(page, editor);
	await panel.open();
	return panel;
}

/**
 * Opens a reference page with a share hash; returns the console and the milliseconds from navigation
 * until it was ready. The stall ticker starts once it is ready: loading the editor has its own cost.
 */
export async function openLink(page: Page, hash: string): Promise<{ panel: ConsolePanel; readyMs: number }> {
	const t0 = Date.now();
	await page.goto(`reference/${SLUG}/${hash}`);
	const panel = new ConsolePanel(page);
	await page.locator('[data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
	const readyMs = Date.now() - t0;
	await watchStalls(page);
	return { panel, readyMs };
}
