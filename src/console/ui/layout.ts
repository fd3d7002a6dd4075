// The console's regions, in reading order. Each part of the UI fills its own region, so a new panel
// is one more region here rather than more code in console-ui.ts.
import { el } from './dom.ts';
import { runKeys, tabModeKeys } from './keys.ts';

export interface ConsoleLayout {
	id: string;
	toolbar: HTMLElement;
	status: HTMLElement;
	/** The simulator's state, preset and device settings (state-panel.ts). */
	state: HTMLElement;
	/** The one line on the console's language and how calls return. */
	language: HTMLElement;
	editorBar: HTMLElement;
	editorBox: HTMLElement;
	problems: HTMLElement;
	hint: HTMLElement;
	output: HTMLElement;
	/** One timeline per subscription of the run (timeline.ts). */
	timeline: HTMLElement;
	paste: HTMLDetailsElement;
	pasteBody: HTMLElement;
	shareResult: HTMLElement;
	sandboxBox: HTMLElement;
}

let consoleCount = 0;

export function consoleLayout(root: HTMLElement): ConsoleLayout {
	const id = `pims-console-${++consoleCount}`;
	const toolbar = el('div', { className: 'console-toolbar' });
	const status = el('p', { className: 'console-status', id: `${id}-status` });
	const state = el('div', { className: 'console-state-region' });
	const language = el(
		'p',
		{ className: 'console-language' },
		'The console runs TypeScript (JavaScript works too): here ',
		el('code', { textContent: 'await pims.get(…)' }),
		' returns a promise of the message, where the SDK in an app hands it to a callback.',
	);
	const editorBar = el('div', { className: 'console-editor-bar-slot' });
	const editorBox = el('div', { className: 'console-editor' });
	const problems = el('div', { className: 'console-problems-slot' });
	const hint = el('p', { className: 'console-hint', id: `${id}-hint`, textContent: hintText() });
	const output = el('div', { className: 'console-output', role: 'log', tabIndex: 0 });
	output.setAttribute('aria-label', 'Console output');
	output.setAttribute('aria-live', 'polite');
	const timeline = el('div', { className: 'console-timeline-region' });
	const pasteBody = el('div', { className: 'console-paste-body' });
	const paste = el('details', { className: 'console-paste' }, el('summary', { textContent: 'Code you can paste: the calls of the last run in Kotlin and Swift' }), pasteBody);
	const shareResult = el('p', { className: 'console-share-result', role: 'status' });
	const sandboxBox = el('div', { className: 'console-sandbox-box' });
	root.replaceChildren(
		toolbar,
		status,
		state,
		language,
		editorBar,
		editorBox,
		problems,
		hint,
		el('h3', { className: 'console-output-title', textContent: 'Output' }),
		output,
		timeline,
		paste,
		shareResult,
		sandboxBox,
	);
	return { id, toolbar, status, state, language, editorBar, editorBox, problems, hint, output, timeline, paste, pasteBody, shareResult, sandboxBox };
}

/** Touch screens have no Ctrl key to speak of: the hint says what a tap does there. */
function hintText(): string {
	if (matchMedia('(pointer: coarse)').matches) return 'Tap Run to run the code. Output appears below the editor.';
	return `${runKeys()} runs. Inside the editor Tab indents; press ${tabModeKeys()} to make Tab move the focus out instead, and again to switch back. Esc moves the focus to Run.`;
}
