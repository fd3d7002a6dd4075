// Where the console's editor lives: the plain field at first, then Monaco in its place once it has
// loaded, with the same text, cursor and focus. Everything else talks to the slot, never to either.
import type { CodeEditor, CompileResult } from '../editor/code-editor.ts';
import { plainField, type PlainFieldOptions } from '../editor/plain-field.ts';

export class EditorSlot implements CodeEditor {
	private current: CodeEditor;
	private field: ReturnType<typeof plainField> | undefined;
	private full: CodeEditor | undefined;
	private readonly waiting: Array<(editor: CodeEditor) => void> = [];

	constructor(
		private readonly container: HTMLElement,
		options: Omit<PlainFieldOptions, 'compile'>,
		/** Code that needs TypeScript asks for the full editor (on phones it may not be loading yet). */
		private readonly requestFull: () => void,
	) {
		this.field = plainField(container, { ...options, compile: () => this.compile() });
		this.current = this.field;
		container.dataset.editor = 'plain';
	}

	get isFull(): boolean {
		return this.full !== undefined;
	}

	/** Replaces the plain field with the full editor, keeping the text, the cursor and the focus. */
	upgrade<E extends CodeEditor>(make: (container: HTMLElement, code: string, offset: number) => E): E {
		const field = this.field;
		const focused = field !== undefined && document.activeElement === field.textarea;
		const offset = field?.textarea.selectionStart ?? 0;
		const box = document.createElement('div');
		box.className = 'console-monaco';
		this.container.append(box);
		const full = make(box, this.current.getValue(), offset);
		field?.dispose();
		this.field = undefined;
		this.full = full;
		this.current = full;
		this.container.dataset.editor = 'full';
		if (focused) full.focus();
		this.waiting.splice(0).forEach((resolve) => resolve(full));
		return full;
	}

	getValue(): string {
		return this.current.getValue();
	}

	setValue(code: string): void {
		this.current.setValue(code);
	}

	focus(): void {
		this.current.focus();
	}

	async compile(): Promise<CompileResult> {
		if (this.full) return this.full.compile();
		this.requestFull();
		const full = await new Promise<CodeEditor>((resolve) => this.waiting.push(resolve));
		return full.compile();
	}

	dispose(): void {
		this.current.dispose();
	}
}
