// `npm run bench:console` (after `npm run build`): the console's figures over cold loads of the seed
// page, served gzip-compressed; beside them, baselines built in the same run: a bare Monaco TypeScript
// editor and a plain Starlight page. Then the same with a slow link and CPU (CDP throttling). Not a test.
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { benchChromiumPath, chromiumArgs } from './chromium.ts';
import { buildMonacoBaselines, buildPlainStarlight } from './bench/baselines.ts';
import { serveGzip } from './bench/gzip-server.ts';

// PIMS_PORT lets parallel runs use ports of their own.
const PORT = Number(process.env.PIMS_PORT ?? 4459);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SEED = `${ORIGIN}/reference/get-authentication-trustedphonenumber/`;
// The bare baseline swings by hundreds of milliseconds between loads here: 9 pairs steady the ratio's median.
const LOADS = 9;
const SLOW_LOADS = 3;
/** Each throttled step gets this long; a step that takes longer is reported as a timeout, and the run goes on. */
const SLOW_STEP_MS = 90_000;
// BENCH_PHASE=fast or slow runs one half only (the slow half takes minutes on a busy machine).
const PHASES = process.env.BENCH_PHASE === 'fast' ? [false] : process.env.BENCH_PHASE === 'slow' ? [true] : [false, true];
const EDITOR = /full-editor|console-editor\.json|monaco|ts\.worker|editor\.worker|tsMode|codicon|typescript\./;
const TMP = '.bench';

if (!existsSync('dist/index.html')) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}
console.log('building the baselines (bare Monaco, plain Starlight)…');
await buildMonacoBaselines(join(TMP, 'monaco'));
buildPlainStarlight(join(TMP, 'starlight'));
/** The bytes of the cold page being measured, counted by the server as it sends them (one page at a time). */
let counting: Bytes | undefined;
let lastSent = 0;
const server = await serveGzip({ '/bare/': join(TMP, 'monaco/out'), '/plain/': join(TMP, 'starlight/dist'), '/': 'dist' }, PORT, (path, sent) => {
	lastSent = Date.now();
	if (!counting) return;
	counting.total += sent;
	if (EDITOR.test(path)) counting.editor += sent;
});
const browser = await chromium.launch({ executablePath: benchChromiumPath, args: chromiumArgs });

interface Bytes {
	total: number;
	editor: number;
	reset(): void;
}

/** A cold page whose transferred (compressed) bytes are counted, optionally throttled. */
async function coldPage(b: Browser, slow: boolean): Promise<{ page: Page; bytes: Bytes; close(): Promise<void> }> {
	const context = await b.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	if (slow) {
		await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 });
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	}
	const bytes: Bytes = { total: 0, editor: 0, reset: () => ((bytes.total = 0), (bytes.editor = 0)) };
	counting = bytes;
	return {
		page,
		bytes,
		close: async () => {
			counting = undefined;
			await context.close();
		},
	};
}

const since = (page: Page, from: string, to: string) =>
	page.evaluate(
		([a, b]) => {
			const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime;
			const x = at(a!);
			const y = at(b!);
			return x !== undefined && y !== undefined ? Math.round(y - x) : NaN;
		},
		[from, to],
	);

/** Waits for a performance mark of the page. Polled every 50 ms with a cheap check, not by a locator: a locator's
 * wait queries the DOM on every frame, which on a long page costs the page's thread tens of milliseconds a load. */
const markSeen = (page: Page, name: string, timeout: number) => page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { polling: 50, timeout });

/**
 * Playwright evaluates its own helper script in the page the first time it waits for a function there: about
 * 30 ms of the page's thread, which would otherwise fall inside the measured time of whichever page was busy
 * then. Done before the click, on every page measured.
 */
const warmUp = (page: Page) => page.waitForFunction(() => true);

/** Throttled, waits at most SLOW_STEP_MS: false when the step did not finish in time. */
const within = (slow: boolean, step: Promise<unknown>) =>
	step.then(
		() => true,
		(error: unknown) => (slow && error instanceof Error && error.name === 'TimeoutError' ? false : Promise.reject(error)),
	);

/** The server has sent nothing for a second, looked at from a second on (at most 30 s): the TypeScript worker is
 * requested a while after the editor is up. Not the page's `networkidle`: the worker's script never counts as
 * finished there. */
async function settled(): Promise<boolean> {
	const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
	await pause(1000);
	for (const until = Date.now() + 30_000; Date.now() < until; await pause(100)) if (Date.now() - lastSent >= 1000) return true;
	return false;
}

/** Presses Run and returns the milliseconds until the log shows the run's `n`th SDK message of the page (one per run here). */
const runToFirstMessage = (page: Page, n: number) =>
	page.evaluate(
		(count) =>
			new Promise<number>((resolve) => {
				const log = document.querySelector('[role="log"]')!;
				const start = performance.now();
				new MutationObserver((_m, obs) => {
					if (log.querySelectorAll('[data-status]').length >= count) {
						obs.disconnect();
						resolve(performance.now() - start);
					}
				}).observe(log, { childList: true, subtree: true });
				document.querySelector<HTMLButtonElement>('.console-run')!.click();
			}),
		n,
	);

async function consoleLoad(slow: boolean) {
	const { page, bytes, close } = await coldPage(browser, slow);
	const timeout = slow ? SLOW_STEP_MS : 120_000;
	// Throttled, the page counts as loaded at its load event (fonts may still arrive); its bytes are measured unthrottled.
	await page.goto(SEED, { waitUntil: slow ? 'load' : 'networkidle', timeout });
	const pageKb = bytes.total / 1024;
	const editorBefore = bytes.editor;
	await warmUp(page);
	bytes.reset();
	await page.getByRole('button', { name: 'Try it' }).click();
	const runnableIn = await within(slow, markSeen(page, 'pims-console:runnable', timeout));
	const readyIn = runnableIn && (await within(slow, markSeen(page, 'pims-console:ready', timeout)));
	const runnable = runnableIn ? await since(page, 'pims-console:open', 'pims-console:runnable') : NaN;
	const ready = readyIn ? await since(page, 'pims-console:open', 'pims-console:ready') : NaN;
	// Throttled, the TypeScript worker's libraries may still be arriving: the times are what counts there.
	if (slow) {
		await close();
		return { pageKb, editorBefore, afterKb: NaN, editorKb: NaN, runnable, ready, first: NaN, firstBusy: NaN };
	}
	// Run → first message twice: pressed as soon as Monaco is ready, while the editor is still being set up (its
	// TypeScript mode, worker and colours arrive in the next second), and pressed again with the console at rest.
	const firstBusy = await runToFirstMessage(page, 1);
	if (!(await settled())) console.log('  (the network had not settled after 30 s: the bytes after Try it are those counted so far)');
	await markSeen(page, 'pims-console:highlighted', timeout);
	await page.waitForTimeout(1000);
	const first = await runToFirstMessage(page, 2);
	const row = { pageKb, editorBefore, afterKb: bytes.total / 1024, editorKb: bytes.editor / 1024, runnable, ready, first, firstBusy };
	await close();
	return row;
}

async function bareLoad(name: string, slow: boolean) {
	const { page, bytes, close } = await coldPage(browser, slow);
	const timeout = slow ? SLOW_STEP_MS : 120_000;
	await page.goto(`${ORIGIN}/bare/${name}.html`, { waitUntil: slow ? 'load' : 'networkidle', timeout });
	await warmUp(page);
	bytes.reset();
	await page.getByRole('button', { name: 'Open' }).click();
	const readyIn = await within(slow, markSeen(page, 'bare:ready', timeout));
	if (!slow) await settled();
	const ready = readyIn ? await since(page, 'bare:open', 'bare:ready') : NaN;
	const kb = bytes.total / 1024;
	await close();
	return { ready, kb };
}

/** The median of the loads that finished (a throttled step that timed out counts as NaN). */
const median = (xs: number[]) => {
	const done = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
	return done[Math.floor(done.length / 2)] ?? NaN;
};
const f = (n: number, d = 0) => (Number.isNaN(n) ? 'timed out' : n.toFixed(d));
const ms = (n: number) => (Number.isNaN(n) ? 'timed out' : `${n} ms`);
// The machine's load, printed with each load: figures from a busy machine are not comparable with a quiet one's.
const load = () => loadavg()[0]!.toFixed(1);
try {
	const plain = await coldPage(browser, false);
	await plain.page.goto(`${ORIGIN}/plain/`, { waitUntil: 'networkidle' });
	const plainKb = plain.bytes.total / 1024;
	await plain.close();
	for (const slow of PHASES) {
		const n = slow ? SLOW_LOADS : LOADS;
		const ours: Array<Awaited<ReturnType<typeof consoleLoad>>> = [];
		const bare: Array<Awaited<ReturnType<typeof bareLoad>>> = [];
		for (let i = 0; i < n; i++) {
			ours.push(await consoleLoad(slow));
			bare.push(await bareLoad('bare', slow));
			const o = ours.at(-1)!;
			console.log(
				slow
					? `slow load ${i + 1} (load average ${load()}): runnable ${ms(o.runnable)}, Monaco ready ${ms(o.ready)} (bare Monaco ${ms(bare.at(-1)!.ready)})`
					: `load ${i + 1} (load average ${load()}): page ${f(o.pageKb, 1)} KB (editor bytes ${o.editorBefore}), runnable ${ms(o.runnable)}, Monaco ready ${ms(o.ready)} (bare Monaco ${ms(bare.at(-1)!.ready)}), first message ${f(o.first)} ms (at Monaco ready ${f(o.firstBusy)} ms), after Try it ${f(o.afterKb)} KB of which editor ${f(o.editorKb)} KB`,
			);
		}
		const m = (k: keyof (typeof ours)[number]): number => median(ours.map((r) => r[k]));
		const bareReady = median(bare.map((r) => r.ready));
		console.log(`\n${slow ? 'SLOW (1.6 Mbps, 150 ms, 4x CPU)' : 'FAST'} medians of ${n}:`);
		console.log(`  Try it → runnable console: ${ms(m('runnable'))} (target ≤ 300)`);
		// Each load of ours is followed by one of the bare editor: the ratios of those pairs show the spread.
		const pairs = ours
			.map((o, i) => o.ready / bare[i]!.ready)
			.filter((r) => !Number.isNaN(r))
			.sort((a, b) => a - b);
		const spread = pairs.length ? `; ratios of the ${pairs.length} pairs ${f(pairs[0]!, 2)} to ${f(pairs.at(-1)!, 2)}, median ${f(median(pairs), 2)}` : '';
		console.log(`  Try it → Monaco ready: ${ms(m('ready'))}; bare Monaco TypeScript editor: ${ms(bareReady)}; ratio ${f(m('ready') / bareReady, 2)} (target ≤ 1)${spread}`);
		if (!slow) {
			console.log(`  Run → first message, console at rest: ${f(m('first'))} ms (target < 50); Run pressed at Monaco ready: ${f(m('firstBusy'))} ms`);
			console.log(
				`  reference page before Try it: ${f(m('pageKb'), 1)} KB compressed, editor bytes ${m('editorBefore')}; plain Starlight page ${f(plainKb, 1)} KB; ratio ${f(m('pageKb') / plainKb, 2)} (target ≤ 70 KB)`,
			);
			console.log(`  after Try it: ${f(m('afterKb'))} KB compressed, of which the editor ${f(m('editorKb'))} KB; bare Monaco (whole package) ${f(median(bare.map((r) => r.kb)))} KB`);
			const core = await bareLoad('core', false);
			const features = await bareLoad('features', false);
			console.log(`  editor features: Monaco core + TypeScript ${f(core.kb)} KB, with the console's features ${f(features.kb)} KB: they add ${f(features.kb - core.kb)} KB`);
		}
	}
} finally {
	await browser.close();
	server.close();
}
