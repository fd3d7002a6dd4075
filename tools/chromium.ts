// The browser every Playwright run here uses: Debian's Chromium when present (or CHROMIUM_PATH), Playwright's own
// browser otherwise, with the launch flags that work in a container without a GPU or a network.
import { existsSync } from 'node:fs';

export const chromiumPath: string | undefined = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const chromiumArgs: string[] = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
