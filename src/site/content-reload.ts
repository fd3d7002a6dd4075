// The catalogue is read once per process (content-model/load.ts caches it), and no page imports the YAML
// files, so Vite would never notice an edit under content/. This makes `astro dev` notice: an edited, added
// or removed content file clears the server's loaded modules (the cache goes with them) and reloads the browser.
import type { AstroIntegration } from 'astro';
import { relative, sep } from 'node:path';

/** YAML under the content folder; the guides (MDX) are Astro's own content and reload by themselves. */
export function isContentYaml(file: string, contentDir: string): boolean {
	const rel = relative(contentDir, file);
	return !rel.startsWith('..') && !rel.startsWith(sep) && /\.ya?ml$/.test(rel);
}

export function contentReload(contentDir: string): AstroIntegration {
	return {
		name: 'pims:content-reload',
		hooks: {
			'astro:config:setup': ({ updateConfig, command }) => {
				if (command !== 'dev') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'pims:content-reload',
								// Vite watches the project; a content folder set elsewhere (PIMS_CONTENT_DIR) has to be added.
								configureServer(server) {
									server.watcher.add(contentDir);
								},
								hotUpdate({ file }) {
									if (!isContentYaml(file, contentDir)) return;
									// For the server's module runner a full reload empties its module cache; for the browser it reloads the page.
									this.environment.hot.send({ type: 'full-reload', path: '*' });
									return [];
								},
							},
						],
					},
				});
			},
		},
	};
}
