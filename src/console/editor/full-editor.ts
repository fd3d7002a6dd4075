// The full editor's code, loaded after the console already runs: Monaco with its features and
// TypeScript, themed by Shiki like the site's code blocks.
import type { HighlighterCore } from 'shiki/core';
import { createEditor, type EditorOptions, type ConsoleEditor } from './create-editor.ts';
import { monaco, typescript } from './monaco.ts';
import { applyThemes, highlight } from './themes.ts';

export interface FullEditor {
	create(container: HTMLElement, options: EditorOptions): ConsoleEditor;
	/** Colours the code; resolves once it is. */
	highlight(): Promise<void>;
}

export function prepareMonaco(highlighter: HighlighterCore): FullEditor {
	applyThemes(monaco, highlighter);
	return {
		create: (container, options) => createEditor(monaco, typescript, container, options),
		highlight: () => highlight(monaco, highlighter),
	};
}
