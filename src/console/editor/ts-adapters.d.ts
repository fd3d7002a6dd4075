// Types for the two TypeScript-service adapters of monaco-editor 0.57 that the console wraps
// (the package ships no declarations for this module).
declare module 'monaco-editor/languages/features/typescript/languageFeatures.js' {
	import type { CancellationToken, editor, languages, Position, Uri } from 'monaco-editor/editor/editor.api.js';
	import type { TypeScriptWorker } from 'monaco-editor/languages/features/typescript/register.js';

	type WorkerAccessor = (...uris: Uri[]) => Promise<TypeScriptWorker>;

	export class SuggestAdapter {
		constructor(worker: WorkerAccessor);
		provideCompletionItems(model: editor.ITextModel, position: Position, context: languages.CompletionContext, token: CancellationToken): Promise<languages.CompletionList | undefined>;
		resolveCompletionItem(item: languages.CompletionItem, token: CancellationToken): Promise<languages.CompletionItem>;
	}

	export class QuickInfoAdapter {
		constructor(worker: WorkerAccessor);
		provideHover(model: editor.ITextModel, position: Position, token: CancellationToken): Promise<languages.Hover | undefined>;
	}
}
