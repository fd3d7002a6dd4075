// The full editor's code, loaded after the console already runs: Monaco with its features and
// TypeScript, in the themes of the site's code blocks. Shiki, which colours its code, loads after it.
import type { HighlighterCore } from 'shiki/core';
import { createEditor, type EditorOptions, type ConsoleEditor } from './create-editor.ts';
import { monaco, typescript } from './monaco.ts';
import { applyThemes, siteTheme } from './site-theme.ts';
import { THEMES } from './theme-names.ts';
import themes from 'virtual:pims/monaco-themes';

export interface FullEditor {
	create(container: HTMLElement, options: EditorOptions): ConsoleEditor;
	/** Colours the code with Shiki's grammar; resolves once it is. */
	highlight(highlighter: HighlighterCore): Promise<void>;
}

/** Monaco gets the site's themes (converted at build time), the same that Shiki colours with. */
export function prepareMonaco(): FullEditor {
	applyThemes(monaco, themes);
	return {
		create: (container, options) => createEditor(monaco, typescript, container, options),
		// The module mount.ts loaded with Shiki, after the editor: no request of its own here. It is given the
		// site's theme rather than importing it, which would make site-theme.ts a chunk of its own, one more
		// request before the editor can start.
		highlight: async (highlighter) => (await import('./themes.ts')).highlight(monaco, highlighter, () => THEMES[siteTheme()]),
	};
}
