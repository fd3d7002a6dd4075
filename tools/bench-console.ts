// `npm run bench:console` (after `npm run build`): over 5 cold loads of a reference page, the bytes it
// transfers before interaction (gzip-compressed, as a static host would serve them), the time from
// clicking Try it to an editable editor, and the time from Run to the first message. Not a test.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const PORT = 4410;
const PAGE = `http://127.0.0.1:${PORT}/reference/get-authentication-trustedphonenumber/`;
const LOADS = 5;

if (!existsSync('dist/index.html')) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}
const server = spawn(process.execPath, ['e2e/serve.ts', '--dir', 'dist', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
	executablePath,
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const rows: Array<{ kb: number; raw: number; requests: number; ready: number; first: number }> = [];
try {
	for (let i = 0; i < LOADS; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		let compressed = 0;
		let raw = 0;
		let requests = 0;
		let counting = true;
		page.on('response', async (res) => {
			if (!counting) return;
			requests += 1;
			const body = await res.body().catch(() => Buffer.alloc(0));
			raw += body.length;
			compressed += gzipSync(body).length;
		});
		await page.goto(PAGE, { waitUntil: 'networkidle' });
		counting = false;
		const t0 = Date.now();
		await page.getByRole('button', { name: 'Try it' }).click();
		await page.locator('[data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
		await page.locator('.monaco-editor .view-lines').first().click();
		const ready = Date.now() - t0;
		// The page's own marks: from the click to the editor being created and given the focus.
		const readyMark = await page.evaluate(() => {
			const at = (n: string) => performance.getEntriesByName(`pims-console:${n}`)[0]?.startTime;
			const open = at('open');
			const done = at('ready');
			return open !== undefined && done !== undefined ? Math.round(done - open) : NaN;
		});
		const marks = await page.evaluate(() => {
			const open = performance.getEntriesByName('pims-console:open')[0]?.startTime ?? 0;
			return performance
				.getEntriesByType('mark')
				.filter((m) => m.name.startsWith('pims-console:'))
				.map((m) => `${m.name.slice('pims-console:'.length)} +${Math.round(m.startTime - open)}`)
				.join(', ');
		});
		// Measured in the page: from the click on Run to the first SDK message in the log.
		const first = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const log = document.querySelector('[role="log"]')!;
					const start = performance.now();
					new MutationObserver((_m, obs) => {
						if (log.querySelector('[data-status]')) {
							obs.disconnect();
							resolve(performance.now() - start);
						}
					}).observe(log, { childList: true, subtree: true });
					document.querySelector<HTMLButtonElement>('.console-run')!.click();
				}),
		);
		rows.push({ kb: compressed / 1024, raw: raw / 1024, requests, ready: readyMark, first });
		console.log(`  console marks (ms after the click): ${marks}`);
		console.log(
			`load ${i + 1}: page ${(compressed / 1024).toFixed(1)} KB compressed (${(raw / 1024).toFixed(1)} KB raw, ${requests} requests), editor ready ${readyMark} ms after Try it (${ready} ms as the test driver saw it), first message ${first.toFixed(0)} ms after Run`,
		);
		await context.close();
	}
	console.log(
		`median of ${LOADS}: page ${median(rows.map((r) => r.kb)).toFixed(1)} KB compressed, editor ready ${median(rows.map((r) => r.ready))} ms, first message ${median(rows.map((r) => r.first)).toFixed(0)} ms`,
	);
} finally {
	await browser.close();
	server.kill();
}
