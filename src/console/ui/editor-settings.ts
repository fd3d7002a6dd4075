// Settings both editors follow (the plain field and Monaco): whether Tab moves the focus, and word
// wrap. The bar above the editor shows them, and what is still loading.
import { button, el } from './dom.ts';

type Listener = () => void;

export class EditorSettings {
	tabMovesFocus = false;
	/** On by default where the editor is narrower than most lines of the starting code (phones). */
	wordWrap = typeof matchMedia === 'function' && matchMedia('(max-width: 36rem)').matches;
	private readonly listeners: Listener[] = [];

	onChange(listener: Listener): void {
		this.listeners.push(listener);
	}

	toggleTabMode(): void {
		this.tabMovesFocus = !this.tabMovesFocus;
		this.listeners.forEach((l) => l());
	}

	setWordWrap(on: boolean): void {
		this.wordWrap = on;
		this.listeners.forEach((l) => l());
	}
}

export interface EditorBar {
	element: HTMLElement;
	/** What is still loading, or undefined once everything is there; `failed`: the text says loading stopped (no spinner). */
	progress(text: string | undefined, failed?: boolean): void;
	/** Small touch screens keep the plain field unless the reader asks for the full editor. */
	offerFullEditor(load: () => void): void;
}

export function editorBar(id: string, settings: EditorSettings): EditorBar {
	const tabMode = el('p', { className: 'console-tab-mode', id: `${id}-tab-mode` });
	tabMode.setAttribute('aria-live', 'polite');
	const wrap = el('input', { type: 'checkbox', id: `${id}-wrap`, checked: settings.wordWrap });
	wrap.addEventListener('change', () => settings.setWordWrap(wrap.checked));
	const progress = el('p', { className: 'console-progress', id: `${id}-progress`, role: 'status', hidden: true });
	const show = () => {
		tabMode.dataset.moves = String(settings.tabMovesFocus);
		tabMode.textContent = settings.tabMovesFocus ? 'Tab moves the focus (Ctrl+M: Tab indents)' : 'Tab indents (Ctrl+M: Tab moves the focus)';
	};
	settings.onChange(show);
	show();
	const element = el('div', { className: 'console-editor-bar' }, tabMode, el('label', { className: 'console-wrap', htmlFor: wrap.id }, wrap, ' Wrap long lines'), progress);
	return {
		element,
		progress(text, failed = false) {
			progress.textContent = text ?? '';
			progress.hidden = text === undefined;
			progress.toggleAttribute('data-failed', failed);
			element.dataset.loading = String(text !== undefined && !failed);
		},
		offerFullEditor(load) {
			const choice = button(
				'Use the full editor',
				() => {
					choice.remove();
					load();
				},
				{ className: 'console-use-full' },
			);
			element.append(choice);
		},
	};
}
