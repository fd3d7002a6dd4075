// Creates the console's Monaco editor: TypeScript with the generated `pims` declarations, compiler
// options matching what the sandbox's worker provides, Ctrl/Cmd+Enter to run, Esc to leave.
import type { editor as MonacoEditor } from 'monaco-editor/editor/editor.api.js';
import type { EditorSettings } from '../ui/editor-settings.ts';
import { registerCatalogueHelp } from './catalogue-providers.ts';
import type { CodeEditor, CompileResult } from './code-editor.ts';
import { watchProblems, type Problem } from './diagnostics.ts';
import type { EditorHelp, PageUrl } from './editor-help.ts';
import type { Monaco, MonacoTypeScript } from './monaco.ts';
import { runKeys } from '../ui/keys.ts';

export interface EditorOptions {
	code: string;
	/** Where the cursor starts (a character offset). */
	offset: number;
	declarations: string;
	/** Catalogue facts for completion and hover, and where each reference page is. */
	help: EditorHelp;
	pageUrl: PageUrl;
	settings: EditorSettings;
	onRun(): void;
	/** Esc with no widget open: the focus goes to the Run button. */
	onEscape(): void;
	onProblems(problems: Problem[], version: number): void;
	/** Accessible description (e.g. the Tab key hint) */
	describedBy?: string;
}

export interface ConsoleEditor extends CodeEditor {
	goTo(line: number, column: number): void;
}

let declarationsLoaded = false;

/** Esc belongs to these widgets while they are open. */
const WIDGETS_OPEN = ['suggestWidgetVisible', 'findWidgetVisible', 'parameterHintsVisible', 'markersNavigationVisible', 'editorHoverVisible'];

function configure(monaco: Monaco, ts: MonacoTypeScript, options: EditorOptions): void {
	const defaults = ts.typescriptDefaults;
	defaults.setCompilerOptions({
		target: ts.ScriptTarget.ES2020,
		module: ts.ModuleKind.ESNext,
		// Every model is a module, so top-level await type-checks.
		moduleDetection: 3,
		// What the sandbox's Web Worker has: the language, console, timers. The worker's TS service
		// wants library file names here, not tsconfig's short names.
		lib: ['lib.es2022.d.ts', 'lib.webworker.d.ts'],
		strict: true,
		noEmitOnError: false,
		allowNonTsExtensions: true,
	});
	// diagnostics.ts asks for them itself, so the underlines and the problems list agree.
	// TypeScript's suggestions ("declared but never read") are off too: they are not problems, and
	// Monaco draws the code they mark faded, below the contrast the text needs.
	defaults.setDiagnosticsOptions({ noSemanticValidation: true, noSyntaxValidation: true, noSuggestionDiagnostics: true });
	defaults.addExtraLib(options.declarations, 'file:///pims.d.ts');
	registerCatalogueHelp(monaco, ts, options.help, options.pageUrl);
}

export function createEditor(monaco: Monaco, ts: MonacoTypeScript, container: HTMLElement, options: EditorOptions): ConsoleEditor {
	if (!declarationsLoaded) {
		configure(monaco, ts, options);
		declarationsLoaded = true;
	}
	const uri = monaco.Uri.parse(`file:///console-${Math.random().toString(36).slice(2)}.ts`);
	const model = monaco.editor.createModel(options.code, 'typescript', uri);
	const { settings } = options;
	const editor = monaco.editor.create(container, {
		model,
		automaticLayout: true,
		minimap: { enabled: false },
		fontSize: 14,
		lineNumbersMinChars: 3,
		scrollBeyondLastLine: false,
		tabSize: 2,
		// Widgets (suggestions and their details, hovers) overflow the editor's box as absolute
		// elements. Fixed ones are misplaced on a scrolled page: Monaco 0.57 places the details panel
		// with the editor's page position, not its viewport position, so it opened over the Output.
		fixedOverflowWidgets: false,
		tabFocusMode: settings.tabMovesFocus,
		wordWrap: settings.wordWrap ? 'on' : 'off',
		ariaLabel: `Code editor. Press ${runKeys()} to run, Esc to move to the Run button.`,
		accessibilityHelpUrl: undefined,
	});
	settings.onChange(() => editor.updateOptions({ tabFocusMode: settings.tabMovesFocus, wordWrap: settings.wordWrap ? 'on' : 'off' }));
	editor.setPosition(model.getPositionAt(options.offset));
	editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());
	// Our own Tab mode (the plain field shares it), bound from the first keystroke.
	editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, () => settings.toggleTabMode());
	editor.addCommand(monaco.KeyMod.WinCtrl | monaco.KeyMod.Shift | monaco.KeyCode.KeyM, () => settings.toggleTabMode());
	editor.addCommand(monaco.KeyCode.Escape, () => options.onEscape(), WIDGETS_OPEN.map((k) => `!${k}`).join(' && '));
	// The element that takes the focus: on Chromium, Monaco's EditContext div (its textarea is then a
	// hidden IME helper); elsewhere its input textarea. Both carry role="textbox".
	if (options.describedBy) editor.getDomNode()?.querySelector('[role="textbox"]')?.setAttribute('aria-describedby', options.describedBy);
	const stopWatching = watchProblems(monaco, ts, model, options.onProblems);
	return {
		getValue: () => editor.getValue(),
		setValue: (code) => editor.setValue(code),
		focus: () => editor.focus(),
		compile: () => compile(ts, model),
		goTo(line, column) {
			editor.setPosition({ lineNumber: line, column });
			editor.revealPositionInCenterIfOutsideViewport({ lineNumber: line, column });
			editor.focus();
		},
		dispose() {
			stopWatching();
			editor.dispose();
			model.dispose();
		},
	};
}

/** Turns the editor's TypeScript into JavaScript; a syntax error is reported with its position instead. */
export async function compile(ts: MonacoTypeScript, model: MonacoEditor.ITextModel): Promise<CompileResult> {
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
