// The console UI: scenario picker, Run/Stop/Reset/Clear/Share, the output log and the pasteable code.
// It gets the editor, the sandbox and the data from mount.ts and knows nothing of how they are made.
import type { HighlighterCore } from 'shiki/core';
import type { editor as MonacoEditor } from 'monaco-editor/editor/editor.api.js';
import type { Catalog, Operation } from '../../content-model/catalog.ts';
import { consoleExample } from '../../generators/javascript.ts';
import { createState, type SimState } from '../../simulator/state.ts';
import type { CompileResult } from '../editor/create-editor.ts';
import type { RunEvent, SdkCall } from '../protocol.ts';
import type { Sandbox, SandboxListener } from '../sandbox/host.ts';
import { WATCHDOG_MS } from '../sandbox/frame-source.ts';
import { button, el } from './dom.ts';
import { OutputLog } from './output-log.ts';
import { renderPasteCode } from './paste-code.ts';
import { fillScenarioSelect, readScenario, type ScenarioSetting } from './scenario.ts';
import { encodeShare, type SharedState } from './share.ts';

export interface ConsoleParts {
	catalog: Catalog;
	highlighter: HighlighterCore;
	/** Builds the editor inside the given element. */
	createEditor(container: HTMLElement, code: string, onRun: () => void, describedBy: string): MonacoEditor.IStandaloneCodeEditor;
	compile(model: MonacoEditor.ITextModel): Promise<CompileResult>;
	createSandbox(parent: HTMLElement, listener: SandboxListener): Sandbox;
}

export interface ConsoleOptions {
	/** The operation the console starts on. */
	slug?: string;
	/** Whether to show an operation picker (the playground). */
	picker: boolean;
	shared?: SharedState;
}

let consoleCount = 0;

export function buildConsole(root: HTMLElement, parts: ConsoleParts, options: ConsoleOptions): { editor: MonacoEditor.IStandaloneCodeEditor } {
	const { catalog } = parts;
	const id = `pims-console-${++consoleCount}`;
	const sdkOps = catalog.operations;
	let op: Operation | undefined = sdkOps.find((o) => o.slug === (options.shared?.op ?? options.slug));
	let state: SimState = createState(catalog, { initialized: true });
	let calls: SdkCall[] = [];
	let running = false;

	const scenario = el('select', { id: `${id}-scenario`, className: 'console-select' });
	fillScenarioSelect(scenario, catalog, op, options.shared?.scenario);
	const scenarioLabel = el('label', { htmlFor: scenario.id, textContent: 'Scenario' });
	const runButton = button('Run', () => void run(), { className: 'console-run', title: 'Run (Ctrl+Enter)' });
	const stopButton = button('Stop', () => void stop(), { disabled: true });
	const resetButton = button('Reset', () => reset());
	const clearButton = button('Clear', () => log.clear());
	const shareButton = button('Share', () => void share());
	const toolbar = el('div', { className: 'console-toolbar' }, el('div', { className: 'console-field' }, scenarioLabel, scenario), el('div', { className: 'console-buttons' }, runButton, stopButton, resetButton, clearButton, shareButton));

	if (options.picker) {
		const picker = el('select', { id: `${id}-operation`, className: 'console-select' });
		for (const o of sdkOps) picker.append(new Option(`${o.method === 'lifecycle' ? 'sdk' : o.method} · ${o.title}`, o.slug));
		picker.value = op?.slug ?? '';
		picker.addEventListener('change', () => {
			op = sdkOps.find((o) => o.slug === picker.value);
			fillScenarioSelect(scenario, catalog, op);
			if (op) editor.setValue(consoleExample(op));
		});
		toolbar.prepend(el('div', { className: 'console-field' }, el('label', { htmlFor: picker.id, textContent: 'Operation' }), picker));
	}

	const status = el('p', { className: 'console-status', id: `${id}-status` });
	const hint = el('p', {
		className: 'console-hint',
		id: `${id}-hint`,
		textContent: 'Ctrl+Enter (⌘+Enter) runs. Inside the editor Tab indents; press Ctrl+M (Ctrl+Shift+M on macOS) to make Tab move the focus out instead, and again to switch back.',
	});
	const editorBox = el('div', { className: 'console-editor' });
	const output = el('div', { className: 'console-output', role: 'log', ariaLabel: 'Console output', tabIndex: 0 });
	output.setAttribute('aria-label', 'Console output');
	output.setAttribute('aria-live', 'polite');
	const pasteBody = el('div', { className: 'console-paste-body' });
	const paste = el('details', { className: 'console-paste' }, el('summary', { textContent: 'Code you can paste: the calls of the last run in Kotlin and Swift' }), pasteBody);
	const shareResult = el('p', { className: 'console-share-result', role: 'status' });
	const sandboxBox = el('div', { className: 'console-sandbox-box' });
	root.replaceChildren(toolbar, status, editorBox, hint, el('h3', { className: 'console-output-title', textContent: 'Output' }), output, paste, shareResult, sandboxBox);

	const log = new OutputLog(output, parts.highlighter);
	// The Kotlin and Swift are highlighted only while their section is open, and after the run's
	// messages: highlighting them first would delay the first message.
	let pasteTimer: ReturnType<typeof setTimeout> | undefined;
	const refreshPasteCode = () => {
		if (!paste.open) return;
		clearTimeout(pasteTimer);
		pasteTimer = setTimeout(() => renderPasteCode(pasteBody, parts.highlighter, calls), 50);
	};
	paste.addEventListener('toggle', refreshPasteCode);
	const updateStatus = () => {
		status.textContent = state.initialized
			? `The simulator is initialized (pims.initialize has already succeeded). Trusted phone number: ${state.phoneNumber ?? 'none'}. Reset restores this.`
			: 'The facade is released: calls fail with 2001 until pims.initialize succeeds. Reset restores the initial state.';
	};
	updateStatus();

	const code = options.shared?.code ?? (op ? consoleExample(op) : '// Pick an operation, or call pims.get, pims.set, pims.subscribe here.\n');
	const editor = parts.createEditor(editorBox, code, () => void run(), hint.id);

	let notInitializedRun = false;
	const sandbox = parts.createSandbox(sandboxBox, {
		onEvent(event: RunEvent) {
			switch (event.kind) {
				case 'message':
					return log.message(event.message, event.at);
				case 'log':
					return log.log(event.level, event.text, event.at);
				case 'call':
					calls.push(event.call);
					return refreshPasteCode();
				case 'error':
					if (event.phase === 'parse') return void retryAsTypeScript();
					return log.error(`${event.name}: ${event.message}${event.line ? ` (line ${event.line}, column ${event.column ?? 1})` : ''}`, event.at);
				case 'state':
					if (!notInitializedRun) state = event.state;
					return updateStatus();
				case 'done':
					return;
			}
		},
		onWatchdog() {
			running = false;
			stopButton.disabled = true;
			log.error(`Stopped: the code kept the sandbox busy for more than ${WATCHDOG_MS / 1000} seconds without yielding (an endless loop?). What it printed before is above.`);
		},
		onStopped() {
			log.note('Stopped: timers and subscriptions of the run have ended.');
		},
	});

	let lastSetting: ScenarioSetting | undefined;

	/** Runs the code as JavaScript at once; only if it does not parse is TypeScript asked (see retryAsTypeScript). */
	async function run(): Promise<void> {
		const setting = readScenario(scenario.value, op);
		if ('error' in setting) return log.error(setting.error);
		lastSetting = setting;
		await start(setting, editor.getValue(), true);
	}

	/** The code was not plain JavaScript: report TypeScript's syntax error with its position, or run its output. */
	async function retryAsTypeScript(): Promise<void> {
		const model = editor.getModel();
		if (!model || !lastSetting) return;
		const compiled = await parts.compile(model);
		if (!compiled.ok) {
			running = false;
			stopButton.disabled = true;
			log.error(`SyntaxError: ${compiled.message} (line ${compiled.line}, column ${compiled.column})`);
			return;
		}
		await start(lastSetting, compiled.js, false);
	}

	async function start(setting: ScenarioSetting, code: string, announce: boolean): Promise<void> {
		calls = [];
		refreshPasteCode();
		notInitializedRun = setting.notInitialized;
		if (announce) log.note(`Run started${scenario.selectedOptions[0] ? `, scenario: ${scenario.selectedOptions[0].text}` : ''}.`);
		running = true;
		stopButton.disabled = false;
		await sandbox.run({
			type: 'run',
			code,
			scenario: setting.scenario,
			conditions: setting.conditions,
			state: setting.notInitialized ? { ...state, initialized: false } : state,
			seed: Math.floor(Math.random() * 2 ** 32),
		});
	}

	async function stop(): Promise<void> {
		if (!running) return;
		running = false;
		stopButton.disabled = true;
		await sandbox.stop();
	}

	function reset(): void {
		void stop();
		state = createState(catalog, { initialized: true });
		updateStatus();
		log.note('Simulator reset: initialized, with the documented account.');
	}

	async function share(): Promise<void> {
		const hash = await encodeShare({ code: editor.getValue(), op: op?.slug, scenario: scenario.value });
		const url = `${location.href.split('#')[0]}${hash}`;
		history.replaceState(null, '', hash);
		try {
			await navigator.clipboard.writeText(url);
			shareResult.textContent = 'Link copied. Opening it fills the console without running it.';
		} catch {
			shareResult.textContent = 'The link is in the address bar. Opening it fills the console without running it.';
		}
	}

	return { editor };
}
