// The full editor's code, loaded after the console already runs: Monaco with its features and
// TypeScript, themed by Shiki like the site's code blocks.
import type { HighlighterCore } from 'shiki/core';
import { createEditor, type EditorOptions, type ConsoleEditor } from './create-editor.ts';
import { monaco, typescript } from './monaco.ts';
import { applyThemes, highlight, readableThemes, type ShikiModules } from './themes.ts';

export interface FullEditor {
	create(container: HTMLElement, options: EditorOptions): ConsoleEditor;
	/** Colours the code with Shiki's grammar; resolves once it is. */
	highlight(highlighter: HighlighterCore): Promise<void>;
}

/** `themes`: the site's theme modules, the same that Shiki colours with. */
export function prepareMonaco(themes: ShikiModules['themes']): FullEditor {
	applyThemes(monaco, readableThemes(themes));
	return {
		create: (container, options) => createEditor(monaco, typescript, container, options),
		highlight: (highlighter) => highlight(monaco, highlighter),
	};
}
