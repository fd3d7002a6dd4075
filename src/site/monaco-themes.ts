// Builds Monaco's data for the site's two code themes as the module `virtual:pims/monaco-themes`
// (src/console/editor/monaco-theme-data.ts): the full editor is created with it, with no theme
// conversion on the page and without Shiki's code before the editor is up.
import dark from '@shikijs/themes/github-dark';
import light from '@shikijs/themes/github-light';
import type { AstroIntegration } from 'astro';
import { monacoThemes } from '../console/editor/monaco-theme-data.ts';
import { virtualModule } from './virtual-module.ts';

export const monacoThemesModule = (): AstroIntegration => virtualModule('pims:monaco-themes', 'virtual:pims/monaco-themes', () => `export default ${JSON.stringify(monacoThemes([dark, light]))};`);
