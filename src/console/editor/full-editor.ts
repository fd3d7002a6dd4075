// The full editor's code, loaded after the console already runs: Monaco with its features and
// TypeScript, themed by Shiki like the site's code blocks.
import type { HighlighterCore } from 'shiki/core';
import { createEditor, type EditorOptions, type ConsoleEditor } from './create-editor.ts';
import { monaco, typescript } from './monaco.ts';
import { applyThemes } from './themes.ts';

export function prepareMonaco(highlighter: HighlighterCore): (container: HTMLElement, options: EditorOptions) => ConsoleEditor {
	applyThemes(monaco, highlighter);
	// Compile the TypeScript grammar's patterns now, while the editor is loading anyway, rather than
	// during the first Run (the editor tokenizes on the page's thread).
	highlighter.codeToTokens('const m = await pims.get("x", { a: [1, true] }); // c\nconsole.log(`t${m}`);', { lang: 'typescript', theme: 'github-dark' });
	return (container, options) => createEditor(monaco, typescript, container, options);
}
