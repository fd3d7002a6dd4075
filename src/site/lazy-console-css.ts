// Astro links the CSS of every chunk a page's scripts may import, including the console's, which only
// loads when someone opens it (Vite's preload then adds that CSS itself). This removes those links
// from the built pages so that reading a page costs no editor bytes.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { CONSOLE_CSS_CHUNKS } from './editor-chunks.ts';
import { htmlFiles } from './html-files.ts';
import { fileURLToPath } from 'node:url';

/** The console's entry module is src/console/mount.ts, so its CSS chunk is named mount.<hash>.css; Monaco's come with full-editor.ts and its layers' chunks, and the part shared with Monaco's TypeScript mode with tsMode.js. */
const CONSOLE_CSS_LINK = new RegExp(String.raw`<link rel="stylesheet" href="[^"]*\/_astro\/(?:${CONSOLE_CSS_CHUNKS.join('|')})\.[\w-]+\.css"\s*\/?>`, 'g');

export function lazyConsoleCss(): AstroIntegration {
	return {
		name: 'pims:lazy-console-css',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				let pages = 0;
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const stripped = html.replace(CONSOLE_CSS_LINK, '');
					if (stripped !== html) {
						writeFileSync(file, stripped);
						pages += 1;
					}
				}
				logger.info(`console CSS left to load on demand on ${pages} pages`);
			},
		},
	};
}
