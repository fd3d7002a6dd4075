import { defineConfig } from '@playwright/test';
import { chromiumArgs, testChromiumPath } from '../tools/chromium.ts';

// PIMS_BASE and PIMS_DIST let the same suite run on a build made with another base path.
const base = (process.env.PIMS_BASE ?? '/').replace(/\/?$/, '/');
const dist = process.env.PIMS_DIST ?? 'dist';
const port = Number(process.env.PIMS_PORT ?? 4399);

export default defineConfig({
	testDir: '.',
	fullyParallel: true,
	// PIMS_WORKERS: another number of browsers at once (the suite is CPU-bound; two suit two cores).
	workers: Number(process.env.PIMS_WORKERS ?? 2),
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://127.0.0.1:${port}${base}`,
		browserName: 'chromium',
		// One browser context per worker, reset between tests (pages, cookies, storage, routes, emulation), instead of a
		// new one each test: a new context costs about 2 CPU-seconds here (console.spec: 121 CPU-s fresh, 92 reused).
		// Tests that need other context options (a phone, no JavaScript) still get a context of their own.
		// PIMS_REUSE=0 gives each test a fresh context.
		reuseContext: process.env.PIMS_REUSE !== '0',
		launchOptions: {
			executablePath: testChromiumPath,
			args: chromiumArgs,
		},
	},
	webServer: {
		command: `node e2e/serve.ts --dir ${dist} --base ${base} --port ${port}`,
		cwd: '..',
		url: `http://127.0.0.1:${port}${base}`,
		reuseExistingServer: false,
		stdout: 'ignore',
	},
});
