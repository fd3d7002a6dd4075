// The console's regions, in reading order. Each part of the UI fills its own region, so a new panel
// is one more region here rather than more code in console-ui.ts.
import { el } from './dom.ts';

export interface ConsoleLayout {
	id: string;
	toolbar: HTMLElement;
	status: HTMLElement;
	/** The simulator's state, preset and device settings (state-panel.ts). */
	state: HTMLElement;
	editorBox: HTMLElement;
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
	const editorBox = el('div', { className: 'console-editor' });
	const hint = el('p', {
		className: 'console-hint',
		id: `${id}-hint`,
		textContent: 'Ctrl+Enter (⌘+Enter) runs. Inside the editor Tab indents; press Ctrl+M (Ctrl+Shift+M on macOS) to make Tab move the focus out instead, and again to switch back.',
	});
	const output = el('div', { className: 'console-output', role: 'log', tabIndex: 0 });
	output.setAttribute('aria-label', 'Console output');
	output.setAttribute('aria-live', 'polite');
	const timeline = el('div', { className: 'console-timeline-region' });
	const pasteBody = el('div', { className: 'console-paste-body' });
	const paste = el('details', { className: 'console-paste' }, el('summary', { textContent: 'Code you can paste: the calls of the last run in Kotlin and Swift' }), pasteBody);
	const shareResult = el('p', { className: 'console-share-result', role: 'status' });
	const sandboxBox = el('div', { className: 'console-sandbox-box' });
	root.replaceChildren(toolbar, status, state, editorBox, hint, el('h3', { className: 'console-output-title', textContent: 'Output' }), output, timeline, paste, shareResult, sandboxBox);
	return { id, toolbar, status, state, editorBox, hint, output, timeline, paste, pasteBody, shareResult, sandboxBox };
}
