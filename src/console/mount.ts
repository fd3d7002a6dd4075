// Entry point of the console, loaded with a dynamic import when someone opens it: fetches the data,
// Monaco, Shiki and the sandbox worker's source in parallel, then builds the UI.
import type { Catalog } from '../content-model/catalog.ts';
import { createEditor, monacoCodeEditor } from './editor/create-editor.ts';
import { monaco, typescript } from './editor/monaco.ts';
import { applyThemes, createHighlighter } from './editor/themes.ts';
import { Sandbox } from './sandbox/host.ts';
import runnerUrl from './sandbox/runner.ts?worker&url';
import { buildConsole } from './ui/console-ui.ts';
import { openShare } from './ui/share.ts';
import './console.css';

export interface ConsoleData {
	catalog: Catalog;
	declarations: string;
}

export interface MountOptions {
	dataUrl: string;
	slug?: string;
	picker?: boolean;
}

/** Marks for the console benchmark: where the time to an editable editor goes. */
const mark = (name: string) => performance.mark(`pims-console:${name}`);

export async function mountConsole(root: HTMLElement, options: MountOptions): Promise<void> {
	mark('module-loaded');
	const [data, highlighter, workerSource, opening] = await Promise.all([
		fetch(options.dataUrl).then(async (r) => {
			if (!r.ok) throw new Error(`The console's data could not be loaded (${r.status}).`);
			const json = (await r.json()) as ConsoleData;
			mark('data');
			return json;
		}),
		createHighlighter().then((h) => (mark('highlighter'), h)),
		fetch(runnerUrl).then((r) => r.text()),
		openShare(location.hash).then((o) => (mark('share'), o)),
	]);
	applyThemes(monaco, highlighter);
	// Compile the TypeScript grammar's patterns now, while the console is loading anyway, rather than
	// during the first Run (the editor tokenizes on the page's thread).
	highlighter.codeToTokens('const m = await pims.get("x", { a: [1, true] }); // c\nconsole.log(`t${m}`);', { lang: 'typescript', theme: 'github-dark' });
	highlighter.codeToTokens('{ "a": 1, "b": [true, null, "c"] }', { lang: 'json', themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });
	mark('themes');
	const { editor } = buildConsole(
		root,
		{
			catalog: data.catalog,
			highlighter,
			createEditor: (container, code, onRun, describedBy) => monacoCodeEditor(typescript, createEditor(monaco, typescript, container, { code, declarations: data.declarations, onRun, describedBy })),
			createSandbox: (parent, listener) => new Sandbox(parent, workerSource, { type: 'prepare', catalog: data.catalog }, listener),
		},
		{
			slug: options.slug,
			picker: options.picker ?? false,
			shared: opening.kind === 'shared' ? opening.shared : undefined,
			shareRefused: opening.kind === 'refused' ? opening.problem : undefined,
		},
	);
	mark('ready');
	root.dataset.ready = 'true';
	editor.focus();
}
