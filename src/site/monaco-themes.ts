// Builds Monaco's data for the site's two code themes as the module `virtual:pims/monaco-themes`
// (src/console/editor/monaco-theme-data.ts): the full editor is created with it, with no theme
// conversion on the page and without Shiki's code before the editor is up.
import dark from '@shikijs/themes/github-dark';
import light from '@shikijs/themes/github-light';
import type { AstroIntegration } from 'astro';
import { monacoThemes } from '../console/editor/monaco-theme-data.ts';

const ID = 'virtual:pims/monaco-themes';
const RESOLVED = `\0${ID}`;

export function monacoThemesModule(): AstroIntegration {
	return {
		name: 'pims:monaco-themes',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'pims:monaco-themes',
								resolveId: (id) => (id === ID ? RESOLVED : undefined),
								load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(monacoThemes([dark, light]))};` : undefined),
							},
						],
					},
				});
			},
		},
	};
}
