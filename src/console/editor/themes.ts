// Shiki highlights the editor exactly like the site's static code blocks (same grammars, same themes).
import { shikiToMonaco } from '@shikijs/monaco';
import { createHighlighterCore, type HighlighterCore, type LanguageRegistration, type ThemeRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { withReadableTokens } from './contrast.ts';
import type { Monaco } from './monaco.ts';
import { THEMES } from './theme-names.ts';

/** Shiki's themes and grammars, requested by mount.ts together with this module rather than after it. */
export interface ShikiModules {
	themes: Array<{ default: ThemeRegistration }>;
	langs: Array<{ default: LanguageRegistration[] }>;
}

export async function createHighlighter({ themes, langs }: ShikiModules): Promise<HighlighterCore> {
	return createHighlighterCore({ themes: themes.map((t) => withReadableTokens(t.default)), langs: langs.map((l) => l.default), engine: createJavaScriptRegexEngine() });
}

/** Code that takes the TypeScript grammar through its common rules: a statement with a call, an
 * object and an array, a comment, a template string, a function and an arrow. */
const WARM_UP = [
	'// A comment.',
	'const m = await pims.get("x", { a: [1, true, null], b: \'y\' });',
	'console.log(`t${m.status}`);',
	'pims.subscribe("x", {}, (message) => { if (message.status === "FAILED") return; });',
	'setTimeout(() => pims.unsubscribe("x"), 5000);',
	'async function f(a: string): Promise<void> {}',
];

/**
 * Compiles the TypeScript grammar's patterns, a line at a time with a turn of the event loop
 * between lines, before Monaco arrives: at the editor's first render it would delay the editor,
 * and done in one go it would hold up the page's thread for a long moment.
 */
export async function warmUp(highlighter: HighlighterCore): Promise<void> {
	for (const line of WARM_UP) {
		highlighter.codeToTokens(line, { lang: 'typescript', theme: THEMES.dark });
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
}

/** The site's current colour scheme, as Starlight sets it on <html>. */
export function siteTheme(): 'dark' | 'light' {
	return document.documentElement.dataset.theme === 'light' ? 'light' : 'dark';
}

/** Registers the themes with Monaco and keeps the editor in step with Starlight's light/dark switch. */
export function applyThemes(monaco: Monaco, highlighter: HighlighterCore, onChange?: (theme: 'dark' | 'light') => void): () => void {
	monaco.languages.register({ id: 'typescript' });
	shikiToMonaco(highlighter, monaco);
	const apply = () => {
		monaco.editor.setTheme(THEMES[siteTheme()]);
		onChange?.(siteTheme());
	};
	apply();
	const observer = new MutationObserver(apply);
	observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	return () => observer.disconnect();
}
