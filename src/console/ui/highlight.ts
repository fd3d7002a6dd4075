// Highlighted code as DOM nodes (text only, never HTML strings), in both site themes at once.
import type { HighlighterCore } from 'shiki/core';
import { THEMES } from '../editor/theme-names.ts';

/** Without a highlighter (Shiki still loading) the code shows uncoloured. */
export function highlightedCode(highlighter: HighlighterCore | undefined, text: string, lang: 'json' | 'kotlin' | 'swift', className?: string): HTMLPreElement {
	const pre = document.createElement('pre');
	if (className) pre.className = className;
	const code = document.createElement('code');
	if (!highlighter) {
		code.textContent = text;
		pre.append(code);
		return pre;
	}
	const { tokens } = highlighter.codeToTokens(text, { lang, themes: { light: THEMES.light, dark: THEMES.dark }, defaultColor: false });
	tokens.forEach((line, i) => {
		for (const t of line) {
			const span = document.createElement('span');
			span.textContent = t.content;
			// Each token carries --shiki-light and --shiki-dark; console.css picks one per theme.
			for (const [k, v] of Object.entries(t.htmlStyle ?? {})) span.style.setProperty(k, String(v));
			code.append(span);
		}
		if (i < tokens.length - 1) code.append('\n');
	});
	pre.append(code);
	return pre;
}
