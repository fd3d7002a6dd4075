// The console UI, put together: layout, toolbar, editor slot, run session, output log, pasteable code
// and sharing. It gets the sandbox and the data from mount.ts and knows nothing of how they are made;
// mount.ts puts the full editor in the slot when it has loaded.
import type { HighlighterCore } from 'shiki/core';
import type { Catalog, Operation } from '../../content-model/catalog.ts';
import { consoleExample } from '../../generators/javascript.ts';
import type { Platform, SimState } from '../../simulator/index.ts';
import type { SdkCall } from '../protocol.ts';
import type { Sandbox, SandboxListener } from '../sandbox/host.ts';
import { Answers } from './answers.ts';
import { EditorSettings, editorBar, type EditorBar } from './editor-settings.ts';
import { EditorSlot } from './editor-slot.ts';
import { consoleLayout, type ConsoleLayout } from './layout.ts';
import { OutputLog } from './output-log.ts';
import { pasteCodeSection } from './paste-code.ts';
import { initialPlatform, onSitePlatform } from './platform.ts';
import { problemsList, type ProblemsList } from './problems-list.ts';
import { RunSession } from './run-session.ts';
import { readScenario } from './scenario.ts';
import type { SharedState } from './share.ts';
import { shareLink } from './share-link.ts';
import { SimulatorState } from './simulator-state.ts';
import { shareNotes } from './share-notes.ts';
import { fillToolbar, type Toolbar } from './toolbar.ts';

export interface ConsoleParts {
	catalog: Catalog;
	/** Shiki, once it has loaded: until then JSON and code show without colours. */
	highlighter(): HighlighterCore | undefined;
	createSandbox(parent: HTMLElement, listener: SandboxListener): Sandbox;
	/** Code needs the full editor (TypeScript), or the reader asked for it. */
	requestFullEditor(): void;
}

export interface ConsoleOptions {
	/** The operation the console starts on. */
	slug?: string;
	/** Whether to show an operation picker (the playground). */
	picker: boolean;
	shared?: SharedState;
	/** Why the link in the URL was not opened, said in the log. */
	shareRefused?: string;
}

export interface ConsoleHandle {
	editor: EditorSlot;
	settings: EditorSettings;
	bar: EditorBar;
	problems: ProblemsList;
	layout: ConsoleLayout;
	toolbar: Toolbar;
	session: RunSession;
	run(): void;
}

export function buildConsole(root: HTMLElement, parts: ConsoleParts, options: ConsoleOptions): ConsoleHandle {
	const { catalog } = parts;
	let op: Operation | undefined = catalog.operations.find((o) => o.slug === (options.shared?.op ?? options.slug));
	const layout = consoleLayout(root);
	const log = new OutputLog(layout.output, parts.highlighter);
	const answers = new Answers(catalog);
	layout.timeline.append(answers.timeline.element);

	let platform: Platform = initialPlatform(options.shared?.platform, op, document.documentElement.dataset.platform);
	const toolbar = fillToolbar(
		layout.toolbar,
		layout.id,
		catalog,
		op,
		{ picker: options.picker, scenario: options.shared?.scenario, platform },
		{
			run: () => void run(),
			stop: () => void session.stop(),
			reset: () => (simulator.follow(), session.reset()),
			clear: () => (log.clear(), answers.timeline.clear()),
			share: () => void shareLink({ code: editor.getValue(), op: op?.slug, scenario: toolbar.scenario.value, platform, ...simulator.shareFields() }, layout.shareResult),
			pick(picked) {
				op = picked;
				if (op) editor.setValue(consoleExample(op));
				if (op?.platform) choosePlatform(op.platform.only);
			},
			platform: (chosen) => void (platform = chosen),
		},
	);

	function choosePlatform(chosen: Platform): void {
		platform = chosen;
		toolbar.platform.value = chosen;
	}
	// The site-wide choice carries over, except on an operation that only one SDK has.
	onSitePlatform((site) => {
		if (!op?.platform) choosePlatform(site);
	});

	for (const note of shareNotes(options.shared, options.shareRefused, op, toolbar.scenario.value)) log.note(note);

	const { settings, bar, problems } = editorTools(layout);
	const paste = pasteCodeSection(layout.paste, layout.pasteBody, parts.highlighter);
	const code = options.shared?.code ?? (op ? consoleExample(op) : '// Pick an operation, or call pims.get, pims.set, pims.subscribe here.\n');
	const editor = new EditorSlot(layout.editorBox, { code, settings, onRun: () => void run(), onEscape: () => toolbar.runButton.focus(), describedBy: layout.hint.id }, () => {
		log.note('This code is TypeScript: it runs as soon as the full editor, which compiles it, has loaded.');
		parts.requestFullEditor();
	});
	const { simulator, session } = runParts({
		catalog,
		layout,
		log,
		answers,
		paste,
		editor,
		stopButton: toolbar.stopButton,
		createSandbox: (listener) => parts.createSandbox(layout.sandboxBox, listener),
		shared: options.shared,
		// Open where the state matters from the start: the playground, and links that set it.
		openState: options.picker || options.shared?.preset !== undefined,
	});

	async function run(): Promise<void> {
		const setting = readScenario(toolbar.scenario.value, op);
		if ('error' in setting) return log.error(setting.error);
		await session.run({ ...setting, platform }, toolbar.scenario.selectedOptions[0]?.text);
	}

	return { editor, settings, bar, problems, layout, toolbar, session, run: () => void run() };
}

/** The editor's settings bar and problems list, each put in its place in the layout. */
function editorTools(layout: ConsoleLayout): { settings: EditorSettings; bar: EditorBar; problems: ProblemsList } {
	const settings = new EditorSettings();
	const bar = editorBar(layout.id, settings);
	layout.editorBar.append(bar.element);
	const problems = problemsList(layout.id);
	layout.problems.append(problems.element);
	return { settings, bar, problems };
}

interface RunParts {
	catalog: Catalog;
	layout: ConsoleLayout;
	log: OutputLog;
	answers: Answers;
	paste: { update(calls: readonly SdkCall[]): void };
	editor: EditorSlot;
	stopButton: HTMLButtonElement;
	createSandbox(listener: SandboxListener): Sandbox;
	shared: SharedState | undefined;
	openState: boolean;
}

/**
 * The run session and the simulator's state panel, which keep each other current: a run starts from the
 * panel's state and reports its state back; its calls go to the pasteable code and the answers.
 */
function runParts(p: RunParts): { simulator: SimulatorState; session: RunSession } {
	const simulator: SimulatorState = new SimulatorState({
		catalog: p.catalog,
		id: p.layout.id,
		status: p.layout.status,
		region: p.layout.state,
		log: p.log,
		current: (): SimState => session.state,
		replace: (state) => (session.state = state),
		open: p.openState,
	});
	const session: RunSession = new RunSession({
		catalog: p.catalog,
		log: p.log,
		editor: () => p.editor,
		createSandbox: (listener) => p.createSandbox(listener),
		onRunning: (running) => (p.stopButton.disabled = !running),
		onState: (state, subscriptions) => simulator.fromRun(state, subscriptions),
		initialState: () => simulator.initial(),
		onCalls: (calls) => {
			p.paste.update(calls);
			p.answers.onCalls(calls);
			if (calls.length === 0) simulator.follow();
		},
		describe: (event, calls) => p.answers.describe(event, calls),
	});
	simulator.adopt(p.shared);
	simulator.show(session.state, []);
	return { simulator, session };
}
