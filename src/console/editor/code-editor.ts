// What the console needs of an editor, so the plain code field and Monaco can stand in for each other.
export type CompileResult = { ok: true; js: string } | { ok: false; message: string; line: number; column: number };

export interface CodeEditor {
	getValue(): string;
	setValue(code: string): void;
	focus(): void;
	/** JavaScript for code that is TypeScript; a syntax error is reported with its position instead. */
	compile(): Promise<CompileResult>;
	dispose(): void;
}
