import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tools/chromium.ts';

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
		// PIMS_REUSE=1: one browser context per worker, reset between tests, instead of a new one each test (a new
		// context and page cost about 1 CPU-second here). Off by default: with it the Monaco colouring test fails.
		reuseContext: process.env.PIMS_REUSE === '1',
		launchOptions: {
			executablePath: chromiumPath,
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
