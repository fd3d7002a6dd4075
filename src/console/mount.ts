// Entry point of the console, loaded with a dynamic import when someone opens it. The console runs
// first with a plain code field (the data and the sandbox's runner are small); Shiki and Monaco load
// behind it, and Monaco takes the field's place when it arrives.
import type { HighlighterCore } from 'shiki/core';
import type { Catalog } from '../content-model/catalog.ts';
import type { EditorHelp } from './editor/editor-help.ts';
import type { FullEditor, prepareMonaco } from './editor/full-editor.ts';
import { Sandbox } from './sandbox/host.ts';
import { buildConsole, type ConsoleHandle } from './ui/console-ui.ts';
import { openShare } from './ui/share.ts';
import './console.css';

export interface ConsoleData {
	catalog: Catalog;
}

/** What only the full editor needs (console-editor.json, beside console-data.json), fetched with Monaco. */
export interface EditorData {
	declarations: string;
	help: EditorHelp;
}

export interface MountOptions {
	dataUrl: string;
	/** The console's data (at dataUrl) and its runner's script, requested by Try it beside this module, not after it. */
	requests: { data: Promise<Response>; runner: Promise<Response> };
	slug?: string;
	picker?: boolean;
}

/** Marks for the console benchmark: where the time to a runnable console and to Monaco goes. */
const mark = (name: string) => performance.mark(`pims-console:${name}`);

/** Monaco on a small touch screen is hard to use: there the plain field stays unless asked. */
const keepPlainField = () => matchMedia('(pointer: coarse) and (max-width: 48rem)').matches;

export async function mountConsole(root: HTMLElement, options: MountOptions): Promise<void> {
	mark('module-loaded');
	const dataUrl = new URL(options.dataUrl, location.href);
	let highlighter: HighlighterCore | undefined;
	const [data, workerSource, opening] = await Promise.all([
		readJson<ConsoleData>(options.requests.data, "The console's data").then((json) => (mark('data'), json)),
		options.requests.runner.then((r) => r.text()),
		openShare(location.hash).then((o) => (mark('share'), o)),
	]);
	const plainOnly = keepPlainField();
	// What the console needs only after the full editor is up (or has failed) waits for it: the sandbox's
	// frame (a process with a worker) and Shiki's grammars. On a small machine they would take the CPU that
	// the editor's code needs to be parsed. Before that, a Run starts the sandbox, and output shows uncoloured.
	let editorSettled: () => void = () => undefined;
	const afterEditor = plainOnly ? Promise.resolve() : new Promise<void>((resolve) => (editorSettled = resolve));
	// Shiki, the site's two themes, its grammars and their translated patterns, requested together (not a round
	// trip after Shiki's module). Monaco is created with the same themes, converted at build time.
	const shiki = afterEditor
		.then(() =>
			Promise.all([
				import('./editor/themes.ts'),
				Promise.all([import('@shikijs/themes/github-dark'), import('@shikijs/themes/github-light')]),
				Promise.all([import('@shikijs/langs/typescript'), import('@shikijs/langs/json'), import('@shikijs/langs/kotlin'), import('@shikijs/langs/swift')]),
				import('virtual:pims/regexp-table'),
			]),
		)
		.then(async ([themes, themesLoaded, langs, regexps]) => {
			highlighter = await themes.createHighlighter({ themes: themesLoaded, langs, regexps });
			mark('highlighter');
			return highlighter;
		});
	// The full editor's code and data are requested once the runnable console's own bytes have
	// arrived, and before it is built: earlier, the editor's code competes with them for the link
	// and for the page's thread, and the console takes longer to become runnable.
	let parts: EditorParts | undefined;
	const requestEditor = () =>
		(parts ??= {
			// The small data first: behind the code's requests it waited for one of the six connections of HTTP/1.1.
			data: readJson<EditorData>(fetch(new URL('console-editor.json', dataUrl)), "The editor's data"),
			code: import('./editor/full-editor.ts'),
			shiki,
		});
	if (!plainOnly) requestEditor();
	let full: Promise<void> | undefined;
	const startFull = () => (full ??= loadFullEditor(root, handle, dataUrl, requestEditor(), editorSettled));
	const handle = buildConsole(
		root,
		{
			catalog: data.catalog,
			highlighter: () => highlighter,
			createSandbox: (parent, listener) => new Sandbox(parent, workerSource, { type: 'prepare', catalog: data.catalog }, listener, afterEditor),
			requestFullEditor: () => void startFull(),
		},
		{
			slug: options.slug,
			picker: options.picker ?? false,
			shared: opening.kind === 'shared' ? opening.shared : undefined,
			shareRefused: opening.kind === 'refused' ? opening.problem : undefined,
		},
	);
	mark('runnable');
	root.dataset.runnable = 'true';
	if (plainOnly) {
		handle.problems.onlyInFullEditor();
		handle.bar.offerFullEditor(() => void startFull());
	} else await startFull();
}

async function readJson<T>(response: Promise<Response>, what: string): Promise<T> {
	const r = await response;
	if (!r.ok) throw new Error(`${what} could not be loaded (${r.status}).`);
	return (await r.json()) as T;
}

/** The full editor's pieces, loading. */
interface EditorParts {
	code: Promise<{ prepareMonaco: typeof prepareMonaco }>;
	data: Promise<EditorData>;
	shiki: Promise<HighlighterCore>;
}

/** `settled` is called once the full editor is up or has failed. */
async function loadFullEditor(root: HTMLElement, handle: ConsoleHandle, dataUrl: URL, parts: EditorParts, settled: () => void): Promise<void> {
	handle.bar.progress('Loading the full editor: completion, hover and the problems list…');
	let full: FullEditor;
	try {
		const [{ prepareMonaco }, editorData] = await Promise.all([parts.code, parts.data]);
		mark('monaco-loaded');
		const prepared = (full = prepareMonaco());
		const { editor, settings, problems, toolbar } = handle;
		const monaco = editor.upgrade((container, code, offset) =>
			prepared.create(container, {
				code,
				offset,
				declarations: editorData.declarations,
				help: editorData.help,
				pageUrl: (slug) => new URL(`reference/${slug}/`, dataUrl).href,
				settings,
				onRun: handle.run,
				onEscape: () => toolbar.runButton.focus(),
				onProblems: (list, version) => problems.show(list, version, (line, column) => monaco.goTo(line, column)),
				describedBy: handle.layout.hint.id,
			}),
		);
		problems.checking();
		handle.bar.progress(undefined);
		mark('ready');
		root.dataset.ready = 'true';
	} catch (error) {
		handle.bar.progress(`The full editor could not be loaded (${error instanceof Error ? error.message : String(error)}); the plain field keeps working.`, true);
		return;
	} finally {
		settled();
	}
	// Colours follow the editor; without them it works the same.
	await parts.shiki
		.then((highlighter) => full.highlight(highlighter))
		.then(
			() => {
				mark('highlighted');
				root.dataset.highlighted = 'true';
			},
			(error: unknown) => console.error('The editor could not be coloured:', error),
		);
}
