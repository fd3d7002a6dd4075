// The problems list under the editor: line, column and message of each diagnostic; choosing one
// moves the cursor there. A polite live region says how many there are once typing has stopped.
import type { Problem } from '../editor/diagnostics.ts';
import { el } from './dom.ts';

export interface ProblemsList {
	element: HTMLElement;
	/** The full editor is there; its first check is under way. */
	checking(): void;
	/** The plain field stays the editor until the reader asks for the full one, which is what checks. */
	onlyInFullEditor(): void;
	show(problems: Problem[], version: number, goTo: (line: number, column: number) => void): void;
}

export function problemsList(id: string): ProblemsList {
	const summary = el('p', { className: 'console-problems-summary', id: `${id}-problems`, role: 'status', textContent: 'Problems: checked when the editor has loaded.' });
	const list = el('ul', { className: 'console-problems-list' });
	list.setAttribute('aria-labelledby', summary.id);
	const element = el('section', { className: 'console-problems' }, summary, list);
	element.setAttribute('aria-labelledby', summary.id);
	return {
		element,
		checking() {
			if (element.dataset.version === undefined) summary.textContent = 'Problems: checking…';
		},
		onlyInFullEditor() {
			if (element.dataset.version === undefined) summary.textContent = 'Problems: checked in the full editor.';
		},
		show(problems, version, goTo) {
			element.dataset.version = String(version);
			element.dataset.count = String(problems.length);
			summary.textContent = problems.length === 0 ? 'No problems.' : `${problems.length} problem${problems.length === 1 ? '' : 's'}:`;
			list.replaceChildren(
				...problems.map((p) => {
					const item = el(
						'button',
						{ type: 'button', className: `console-problem console-problem-${p.severity}` },
						el('span', { className: 'console-problem-at', textContent: `Line ${p.line}, column ${p.column}` }),
						el('span', { className: 'console-problem-message', textContent: p.message }),
					);
					item.addEventListener('click', () => goTo(p.line, p.column));
					return el('li', {}, item);
				}),
			);
		},
	};
}
