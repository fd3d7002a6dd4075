// Creates the console's editor: TypeScript mode with the generated `pims` declarations, Ctrl/Cmd+Enter to run.
import type { editor as MonacoEditor } from 'monaco-editor/editor/editor.api.js';
import type { CodeEditor, CompileResult } from './code-editor.ts';
import type { Monaco, MonacoTypeScript } from './monaco.ts';

export interface EditorOptions {
	code: string;
	declarations: string;
	onRun(): void;
	/** Accessible description (e.g. the Tab key hint) */
	describedBy?: string;
}

let declarationsLoaded = false;

/** Shiki's alias of TypeScript: highlighted the same, but no language service is attached to it. */
export const DEFERRED_LANGUAGE = 'ts';
const TYPESCRIPT_DELAY_MS = 5000;
const activators = new WeakMap<MonacoEditor.ITextModel, () => void>();

export function createEditor(monaco: Monaco, ts: MonacoTypeScript, container: HTMLElement, options: EditorOptions): MonacoEditor.IStandaloneCodeEditor {
	const defaults = ts.typescriptDefaults;
	if (!declarationsLoaded) {
		defaults.setCompilerOptions({
			target: ts.ScriptTarget.ES2020,
			module: ts.ModuleKind.ESNext,
			// Every model is a module, so top-level await type-checks.
			moduleDetection: 3,
			lib: ['es2022', 'webworker'],
			strict: true,
			noEmitOnError: false,
			allowNonTsExtensions: true,
		});
		defaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
		defaults.addExtraLib(options.declarations, 'file:///pims.d.ts');
		declarationsLoaded = true;
	}
	const uri = monaco.Uri.parse(`file:///console-${Math.random().toString(36).slice(2)}.ts`);
	// The model starts as `ts`, highlighted by Shiki but without Monaco's TypeScript worker (a large
	// script that competes for the CPU as it starts); it becomes `typescript` on the first edit,
	// when code must be compiled, or after a few idle seconds.
	const model = monaco.editor.createModel(options.code, DEFERRED_LANGUAGE, uri);
	const activate = () => {
		if (!model.isDisposed() && model.getLanguageId() === DEFERRED_LANGUAGE) monaco.editor.setModelLanguage(model, 'typescript');
	};
	const firstEdit = model.onDidChangeContent(() => {
		firstEdit.dispose();
		activate();
	});
	setTimeout(activate, TYPESCRIPT_DELAY_MS);
	activators.set(model, activate);
	const editor = monaco.editor.create(container, {
		model,
		automaticLayout: true,
		minimap: { enabled: false },
		fontSize: 14,
		lineNumbersMinChars: 3,
		scrollBeyondLastLine: false,
		tabSize: 2,
		fixedOverflowWidgets: true,
		ariaLabel: 'Code editor. Press Ctrl+Enter to run.',
		accessibilityHelpUrl: undefined,
	});
	editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());
	if (options.describedBy) editor.getDomNode()?.querySelector('textarea')?.setAttribute('aria-describedby', options.describedBy);
	return editor;
}

/** The Monaco editor as the console's CodeEditor. */
export function monacoCodeEditor(ts: MonacoTypeScript, editor: MonacoEditor.IStandaloneCodeEditor): CodeEditor {
	return {
		getValue: () => editor.getValue(),
		setValue: (code) => editor.setValue(code),
		focus: () => editor.focus(),
		compile: async () => {
			const model = editor.getModel();
			return model ? compile(ts, model) : { ok: false, message: 'The editor has no code.', line: 1, column: 1 };
		},
		dispose: () => editor.dispose(),
	};
}

/** Turns the editor's TypeScript into JavaScript; a syntax error is reported with its position instead. */
export async function compile(ts: MonacoTypeScript, model: MonacoEditor.ITextModel): Promise<CompileResult> {
	activators.get(model)?.();
	const getWorker = await ts.getTypeScriptWorker();
	const worker = await getWorker(model.uri);
	const syntax = await worker.getSyntacticDiagnostics(model.uri.toString());
	const first = syntax[0];
	if (first) {
		const pos = model.getPositionAt(first.start ?? 0);
		const text = typeof first.messageText === 'string' ? first.messageText : first.messageText.messageText;
		return { ok: false, message: text, line: pos.lineNumber, column: pos.column };
	}
	const output = await worker.getEmitOutput(model.uri.toString());
	const js = output.outputFiles.find((f) => f.name.endsWith('.js'))?.text;
	return js === undefined ? { ok: true, js: model.getValue() } : { ok: true, js };
}
