// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { fileURLToPath } from 'node:url';
import { contentDir, loadCatalog } from './src/content-model/node.ts';
import { loadCorrections } from './src/content-model/load-corrections.ts';
import { checkGuides } from './src/content-model/load-guides.ts';
import { readGuides } from './src/site/guides.ts';
import { contentReload } from './src/site/content-reload.ts';
import { editorChunks } from './src/site/editor-chunks.ts';
import { lazyConsoleCss } from './src/site/lazy-console-css.ts';
import { monacoThemesModule } from './src/site/monaco-themes.ts';
import { regexpTable } from './src/site/regexp-table.ts';
import { scopedEditorCss } from './src/site/scoped-editor-css.ts';
import { PLATFORM_HEAD_SCRIPT } from './src/site/platform-choice.ts';
import { buildSidebar } from './src/site/sidebar.ts';

// Validating here stops `astro dev` and `astro build` at once, listing every content problem by file and field.
const root = fileURLToPath(new URL('.', import.meta.url));
const catalog = loadCatalog(root);
loadCorrections(root, catalog);
checkGuides(root, catalog);

export default defineConfig({
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'pims docs',
			description: 'Interactive reference for the pims Mobile SDK for Android and iOS.',
			sidebar: buildSidebar(catalog, readGuides(root)),
			// src/pages/404.astro replaces Starlight's 404 with one that suggests the operation a mistyped address meant.
			disable404Route: true,
			customCss: ['./src/styles/custom.css', './src/styles/editor-font.css'],
			// The guides live in content/docs/, outside Starlight's own folder; this gives their headings anchor links too.
			markdown: { processedDirs: ['./content/docs/'] },
			// Before the body is parsed, so that the example tabs open on the reader's platform without a flash.
			head: [{ tag: 'script', content: PLATFORM_HEAD_SCRIPT }],
			components: {
				PageTitle: './src/components/PageTitle.astro',
				ThemeSelect: './src/components/ThemeSelect.astro',
				Head: './src/components/Head.astro',
			},
			// Fails the build on a guide link to a missing page or heading. The guides link relatively (so that the
			// site works under any base), which the plugin skips; e2e/links.ts checks those in the built HTML.
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: false })],
		}),
		lazyConsoleCss(),
		editorChunks(),
		scopedEditorCss(),
		regexpTable(catalog),
		monacoThemesModule(),
		contentReload(contentDir(root)),
	],
});
