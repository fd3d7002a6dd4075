// The full editor's code, loaded after the console already runs: Monaco with its features and
// TypeScript, themed by Shiki like the site's code blocks.
import type { HighlighterCore } from 'shiki/core';
import { createEditor, type EditorOptions, type ConsoleEditor } from './create-editor.ts';
import { monaco, typescript } from './monaco.ts';
import { applyThemes } from './themes.ts';

export function prepareMonaco(highlighter: HighlighterCore): (container: HTMLElement, options: EditorOptions) => ConsoleEditor {
	// The TypeScript grammar is compiled already (themes.ts warmUp), while Monaco was downloading.
	applyThemes(monaco, highlighter);
	return (container, options) => createEditor(monaco, typescript, container, options);
}
