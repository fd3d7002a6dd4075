// Shiki highlights the editor exactly like the site's static code blocks (same grammars, same themes).
// Loaded after the full editor is up (mount.ts), which is created with the same themes' Monaco data.
import { shikiToMonaco } from '@shikijs/monaco';
import { createHighlighterCore, type HighlighterCore, type LanguageRegistration, type ThemeRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine, defaultJavaScriptRegexConstructor } from 'shiki/engine/javascript';
import type { Monaco } from './monaco.ts';
import { readableThemes } from './monaco-theme-data.ts';
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

export async function createHighlighter({ themes, langs, regexps }: ShikiModules): Promise<HighlighterCore> {
	const regexConstructor = fromTable(regexps.default, (pattern) => defaultJavaScriptRegexConstructor(pattern));
	return createHighlighterCore({ themes: readableThemes(themes.map((t) => t.default)), langs: langs.map((l) => l.default), engine: createJavaScriptRegexEngine({ regexConstructor }) });
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

/**
 * Colours the TypeScript with Shiki, once its grammar is compiled: after the editor is up, so that
 * neither the compiling nor Monaco's first tokenization holds up the editor's arrival.
 */
export async function highlight(monaco: Monaco, highlighter: HighlighterCore, currentTheme: () => string): Promise<void> {
	await warmUp(highlighter);
	shikiToMonaco(highlighter, monaco);
	monaco.editor.setTheme(currentTheme());
}
