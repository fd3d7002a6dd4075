// The editor's problems, computed by the TypeScript worker when typing stops. One source feeds the
// red underlines (markers, which the hover and F8 read) and the problems list under the editor, and
// `version` says which text they belong to.
import type { editor as MonacoEditor } from 'monaco-editor/editor/editor.api.js';
import type { Monaco, MonacoTypeScript } from './monaco.ts';

export interface Problem {
	line: number;
	column: number;
	message: string;
	severity: 'error' | 'warning';
}

type DiagnosticText = string | { messageText: string; next?: DiagnosticText[] };

const OWNER = 'pims';
const IDLE_MS = 500;

export function flatten(text: DiagnosticText, indent = 0): string {
	if (typeof text === 'string') return text;
	const head = `${'  '.repeat(indent)}${text.messageText}`;
	return [head, ...(text.next ?? []).map((n) => flatten(n, indent + 1))].join('\n');
}

/** Watches the model; calls `onProblems` with every fresh list (after typing stops, and once at the start). */
export function watchProblems(monaco: Monaco, ts: MonacoTypeScript, model: MonacoEditor.ITextModel, onProblems: (problems: Problem[], version: number) => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const check = async () => {
		if (model.isDisposed() || model.getLanguageId() !== 'typescript') return;
		const version = model.getVersionId();
		const getWorker = await ts.getTypeScriptWorker();
		const worker = await getWorker(model.uri);
		const uri = model.uri.toString();
		const found = [...(await worker.getSyntacticDiagnostics(uri)), ...(await worker.getSemanticDiagnostics(uri))];
		// A newer edit has its own check coming.
		if (model.isDisposed() || model.getVersionId() !== version) return;
		const markers: MonacoEditor.IMarkerData[] = [];
		const problems: Problem[] = [];
		for (const d of found) {
			const start = model.getPositionAt(d.start ?? 0);
			const end = model.getPositionAt((d.start ?? 0) + (d.length ?? 1));
			const message = flatten(d.messageText);
			const error = d.category === 1;
			markers.push({
				startLineNumber: start.lineNumber,
				startColumn: start.column,
				endLineNumber: end.lineNumber,
				endColumn: end.column,
				message,
				severity: error ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
				code: String(d.code),
			});
			problems.push({ line: start.lineNumber, column: start.column, message, severity: error ? 'error' : 'warning' });
		}
		monaco.editor.setModelMarkers(model, OWNER, markers);
		onProblems(problems, version);
	};
	// Typing is checked once it stops; a whole new text (another operation picked, a share link) at once.
	const schedule = (now = false) => {
		clearTimeout(timer);
		timer = setTimeout(() => void check(), now ? 0 : IDLE_MS);
	};
	const subscriptions = [model.onDidChangeContent((e) => schedule(e.isFlush)), model.onDidChangeLanguage(() => schedule())];
	schedule();
	return () => {
		clearTimeout(timer);
		subscriptions.forEach((s) => s.dispose());
	};
}
