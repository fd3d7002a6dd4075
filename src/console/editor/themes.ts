// Shiki highlights the editor exactly like the site's static code blocks (same grammars, same themes).
import { shikiToMonaco, textmateThemeToMonacoTheme } from '@shikijs/monaco';
import { createHighlighterCore, normalizeTheme, type HighlighterCore, type LanguageRegistration, type ThemeRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine, defaultJavaScriptRegexConstructor } from 'shiki/engine/javascript';
import { withReadableTokens } from './contrast.ts';
import type { editor as MonacoEditor } from 'monaco-editor/editor/editor.api.js';
import type { Monaco } from './monaco.ts';
import { fromTable, type RegExpEntry } from './regexp-table.ts';
import { THEMES } from './theme-names.ts';
import { TYPESCRIPT_SAMPLE } from './typescript-sample.ts';

/** Shiki's themes and grammars, and the grammars' translated patterns, requested by mount.ts together
 * with this module rather than after it. */
export interface ShikiModules {
	themes: Array<{ default: ThemeRegistration }>;
	langs: Array<{ default: LanguageRegistration[] }>;
	regexps: { default: RegExpEntry[] };
}

/** The site's two themes, with token colours made readable on their backgrounds: Monaco's and Shiki's. */
export const readableThemes = (themes: ShikiModules['themes']): ThemeRegistration[] => themes.map((t) => withReadableTokens(t.default));

export async function createHighlighter({ themes, langs, regexps }: ShikiModules): Promise<HighlighterCore> {
	const regexConstructor = fromTable(regexps.default, (pattern) => defaultJavaScriptRegexConstructor(pattern));
	return createHighlighterCore({ themes: readableThemes(themes), langs: langs.map((l) => l.default), engine: createJavaScriptRegexEngine({ regexConstructor }) });
}

/**
 * Compiles the TypeScript grammar's patterns (creates their RegExps; V8 compiles each at its first
 * match), a line at a time with a turn of the event loop between lines: done in one go, by
 * Monaco's first tokenization, it would hold up the page's thread for a long moment.
 */
async function warmUp(highlighter: HighlighterCore): Promise<void> {
	for (const line of TYPESCRIPT_SAMPLE) {
		highlighter.codeToTokens(line, { lang: 'typescript', theme: THEMES.dark });
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
}

/** The site's current colour scheme, as Starlight sets it on <html>. */
export function siteTheme(): 'dark' | 'light' {
	return document.documentElement.dataset.theme === 'light' ? 'light' : 'dark';
}

/**
 * Gives Monaco the site's two themes (colours and token rules) and keeps the editor in step with
 * Starlight's light/dark switch. The code shows in the theme's plain text colour until `highlight`.
 */
export function applyThemes(monaco: Monaco, themes: readonly ThemeRegistration[], onChange?: (theme: 'dark' | 'light') => void): () => void {
	// From the theme files, not Shiki's highlighter: the editor need not wait for the grammars.
	// @shikijs/monaco types its themes against monaco-editor-core, which is not installed; they are Monaco's own theme data.
	// Normalized as Shiki's highlighter normalizes them, so the colours are the same before and after `highlight`.
	for (const theme of themes.map((t) => normalizeTheme(t))) monaco.editor.defineTheme(theme.name, textmateThemeToMonacoTheme(theme) as MonacoEditor.IStandaloneThemeData);
	// Read at each call: `highlight` replaces setTheme with Shiki's, which also picks the tokens' colours.
	const apply = () => {
		monaco.editor.setTheme(THEMES[siteTheme()]);
		onChange?.(siteTheme());
	};
	apply();
	const observer = new MutationObserver(apply);
	observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	return () => observer.disconnect();
}

/**
 * Colours the TypeScript with Shiki, once its grammar is compiled: after the editor is up, so that
 * neither the compiling nor Monaco's first tokenization holds up the editor's arrival.
 */
export async function highlight(monaco: Monaco, highlighter: HighlighterCore): Promise<void> {
	await warmUp(highlighter);
	shikiToMonaco(highlighter, monaco);
	monaco.editor.setTheme(THEMES[siteTheme()]);
}
