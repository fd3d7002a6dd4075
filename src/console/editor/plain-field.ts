// The plain code field: a textarea that is the editor until Monaco has loaded (and on small touch
// screens, for as long as the reader likes). Tab indents unless the Tab mode says it moves the focus.
import type { EditorSettings } from '../ui/editor-settings.ts';
import type { CodeEditor, CompileResult } from './code-editor.ts';

export interface PlainFieldOptions {
	code: string;
	settings: EditorSettings;
	onRun(): void;
	onEscape(): void;
	describedBy: string;
	/** TypeScript needs the full editor: resolves with its result once it is there. */
	compile(): Promise<CompileResult>;
}

export interface PlainField extends CodeEditor {
	textarea: HTMLTextAreaElement;
}

export function plainField(container: HTMLElement, options: PlainFieldOptions): PlainField {
	const textarea = document.createElement('textarea');
	textarea.className = 'console-plain-field';
	textarea.value = options.code;
	textarea.spellcheck = false;
	textarea.autocapitalize = 'off';
	textarea.setAttribute('autocorrect', 'off');
	textarea.setAttribute('aria-label', 'Code editor (plain field)');
	textarea.setAttribute('aria-describedby', options.describedBy);
	const follow = () => textarea.setAttribute('wrap', options.settings.wordWrap ? 'soft' : 'off');
	options.settings.onChange(follow);
	follow();
	textarea.addEventListener('keydown', (e) => {
		const mod = e.ctrlKey || e.metaKey;
		if (mod && e.key === 'Enter') {
			e.preventDefault();
			options.onRun();
		} else if ((e.ctrlKey && e.key.toLowerCase() === 'm') || (e.ctrlKey && e.shiftKey && e.key.toLowerCase() === 'm')) {
			e.preventDefault();
			options.settings.toggleTabMode();
		} else if (e.key === 'Escape') {
			e.preventDefault();
			options.onEscape();
		} else if (e.key === 'Tab' && !e.shiftKey && !options.settings.tabMovesFocus && !mod && !e.altKey) {
			e.preventDefault();
			// execCommand keeps the edit in the field's undo history.
			if (!document.execCommand('insertText', false, '  ')) textarea.setRangeText('  ', textarea.selectionStart, textarea.selectionEnd, 'end');
		}
	});
	container.replaceChildren(textarea);
	return {
		textarea,
		getValue: () => textarea.value,
		setValue: (code) => (textarea.value = code),
		focus: () => textarea.focus(),
		compile: options.compile,
		dispose: () => textarea.remove(),
	};
}
