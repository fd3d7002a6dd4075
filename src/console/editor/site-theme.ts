// The editor follows the site's colour scheme. No Shiki here: the full editor is created with these,
// and Shiki's code loads after it.
import type { Monaco } from './monaco.ts';
import type { MonacoTheme } from './monaco-theme-data.ts';
import { THEMES } from './theme-names.ts';

/** The site's current colour scheme, as Starlight sets it on <html>. */
export function siteTheme(): 'dark' | 'light' {
	return document.documentElement.dataset.theme === 'light' ? 'light' : 'dark';
}

/**
 * Gives Monaco the site's two themes (colours and token rules) and keeps the editor in step with
 * Starlight's light/dark switch. The code shows in the theme's plain text colour until Shiki colours it.
 */
export function applyThemes(monaco: Monaco, themes: readonly MonacoTheme[]): void {
	for (const { name, data } of themes) monaco.editor.defineTheme(name, data);
	// Read at each call: Shiki's highlighting replaces setTheme with its own, which also picks the tokens' colours.
	const apply = () => monaco.editor.setTheme(THEMES[siteTheme()]);
	apply();
	new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
