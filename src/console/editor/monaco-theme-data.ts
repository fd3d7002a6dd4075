// Monaco's theme data for the site's two code themes, computed at build time (src/site/monaco-themes.ts):
// the editor is created with them before Shiki has loaded, and without Shiki's code in its way.
import { textmateThemeToMonacoTheme } from '@shikijs/monaco';
import { normalizeTheme, type ThemeRegistration } from 'shiki/core';
import type { editor as MonacoEditor } from 'monaco-editor/editor/editor.api.js';
import { withReadableTokens } from './contrast.ts';

export interface MonacoTheme {
	name: string;
	data: MonacoEditor.IStandaloneThemeData;
}

/**
 * The themes with their token colours made readable, normalized as Shiki's highlighter normalizes
 * them: the editor's colours are then the same before and after Shiki colours the code.
 */
export const readableThemes = (themes: readonly ThemeRegistration[]): ThemeRegistration[] => themes.map((t) => withReadableTokens(t));

export function monacoThemes(themes: readonly ThemeRegistration[]): MonacoTheme[] {
	// @shikijs/monaco types its themes against monaco-editor-core, which is not installed; they are Monaco's own theme data.
	return readableThemes(themes).map((t) => {
		const theme = normalizeTheme(t);
		return { name: theme.name, data: textmateThemeToMonacoTheme(theme) as MonacoEditor.IStandaloneThemeData };
	});
}
