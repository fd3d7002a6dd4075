// Monaco's layers as chunks of their own. In one 3.3 MB chunk, Monaco reached the page as a single
// script that one background thread parsed for about 240 ms before any of it could run; in five
// chunks the browser parses them side by side (Try it to Monaco ready: 30 to 90 ms sooner here).
// Monaco's source is layered (base ← platform ← editor/common ← editor/browser ← the rest), so a
// chunk per layer, in that order, only imports the chunks of the layers below it, and Monaco's
// modules keep their order of evaluation. The build checks that this still holds.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Monaco's layers, lowest first: a chunk name and the folder under monaco-editor/esm/vs/. */
export const MONACO_LAYERS = [
	{ chunk: 'monaco-base', folder: 'base' },
	{ chunk: 'monaco-platform', folder: 'platform' },
	{ chunk: 'monaco-editor-common', folder: 'editor/common' },
	{ chunk: 'monaco-editor-browser', folder: 'editor/browser' },
] as const;

/** Every chunk of the console's whose CSS must not be linked from the pages (see lazy-console-css.ts). */
export const CONSOLE_CSS_CHUNKS: readonly string[] = ['mount', 'full-editor', 'tsMode', ...MONACO_LAYERS.map((l) => l.chunk)];

const SEP = String.raw`[\\/]`;

/** The module ids a layer's chunk takes: files below that folder of the monaco-editor package. */
export function layerTest(folder: string): RegExp {
	return new RegExp(['monaco-editor', 'esm', 'vs', ...folder.split('/')].join(SEP) + SEP);
}

/**
 * Rolldown's groups: a lower layer has the higher priority, so that it keeps its modules when a higher layer's
 * dependencies are gathered. Vite's preload helper, which Monaco's dynamic imports use like every page's scripts,
 * keeps a chunk of its own: gathered into a layer, it made every page load that layer.
 */
export const layerGroups = () => [
	{ name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: MONACO_LAYERS.length + 1 },
	...MONACO_LAYERS.map((layer, i) => ({ name: layer.chunk, test: layerTest(layer.folder), priority: MONACO_LAYERS.length - i })),
];

/** Each built script's file name and the scripts it imports statically. `files`: the built scripts' names and code. */
export function chunkGraph(files: ReadonlyArray<{ name: string; code: string }>): Map<string, string[]> {
	// Static imports only: a dynamic import() runs nothing until it is called. Keyed by file, not by chunk name: two
	// chunks may share a name.
	return new Map(files.map(({ name, code }) => [name, [...new Set([...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]!))]]));
}

/**
 * Problems with the layers' order: a layer's chunk that imports its own layer's or a higher one's, directly or
 * through another chunk (a cycle, in which a chunk could run before one it needs), and layers that were not built.
 * `graph`: chunkGraph's, whose files are named `<chunk>.<hash>.js`.
 */
export function layerProblems(graph: ReadonlyMap<string, readonly string[]>): string[] {
	const rank = (file: string) => MONACO_LAYERS.findIndex((l) => file === l.chunk || file.startsWith(`${l.chunk}.`));
	/** The layers' files a file reaches through files that are not layers. */
	const layersThrough = (file: string, seen = new Set<string>()): string[] => {
		if (seen.has(file)) return [];
		seen.add(file);
		return (graph.get(file) ?? []).flatMap((next) => (rank(next) >= 0 ? [next] : layersThrough(next, seen)));
	};
	const files = [...graph.keys()];
	const missing = MONACO_LAYERS.filter((_, i) => !files.some((f) => rank(f) === i)).map((l) => `no chunk ${l.chunk}.*.js was built: does monaco-editor still have esm/vs/${l.folder}/?`);
	const upward = files.flatMap((file) => {
		const i = rank(file);
		if (i < 0) return [];
		return (graph.get(file) ?? []).flatMap((next) => {
			const reached = rank(next) >= 0 ? [next] : layersThrough(next);
			return reached
				.filter((layer) => rank(layer) >= i)
				.map((layer) => `${file} imports ${layer}${layer === next ? '' : ` through ${next}`}: Monaco's layers no longer import only the layers below them, so their chunks could run out of order`);
		});
	});
	return [...missing, ...upward];
}

export function editorChunks(): AstroIntegration {
	return {
		name: 'pims:editor-chunks',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { build: { rolldownOptions: { output: { codeSplitting: { groups: layerGroups() } } } } } });
			},
			'astro:build:done': ({ dir }) => {
				const assets = join(fileURLToPath(dir), '_astro');
				const files = readdirSync(assets)
					.filter((f) => f.endsWith('.js'))
					.map((name) => ({ name, code: readFileSync(join(assets, name), 'utf8') }));
				const problems = layerProblems(chunkGraph(files));
				if (problems.length) throw new Error(`Monaco's chunks (src/site/editor-chunks.ts):\n  ${problems.join('\n  ')}`);
			},
		},
	};
}
