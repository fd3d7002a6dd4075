// The browsers Playwright runs here: Debian's Chromium when present (or CHROMIUM_PATH), Playwright's own browser
// otherwise, with the launch flags that work in a container without a GPU or a network.
import { existsSync } from 'node:fs';

const firstPresent = (...paths: string[]) => paths.find((p) => existsSync(p));

/**
 * The tests' browser. Chromium's headless shell when installed: it is what Playwright runs headless with its own
 * browsers too, and it drives the suite in about three quarters of the time the full browser takes here.
 */
export const testChromiumPath: string | undefined = process.env.CHROMIUM_PATH ?? firstPresent('/usr/bin/chromium-headless-shell', '/usr/bin/chromium');

/** The benchmarks' browser: the full Chromium a reader runs, so that its figures speak of that browser. */
export const benchChromiumPath: string | undefined = process.env.CHROMIUM_PATH ?? firstPresent('/usr/bin/chromium');

export const chromiumArgs: string[] = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	// Frames of another site, and sandboxed frames such as the console's, in processes of their own, as in a desktop
	// browser (the headless shell does not isolate them by default): the sandbox's crash tests need it.
	'--site-per-process',
	'--enable-features=IsolateSandboxedIframes',
];
