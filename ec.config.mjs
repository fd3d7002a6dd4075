// @ts-check
// Code blocks (Starlight's expressive-code), in a file of their own so that the <Code> component reads the same options.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { focusableCodeBlocks } from './src/site/focusable-code.ts';

export default defineEcConfig({
	themes: ['github-dark', 'github-light'],
	plugins: [focusableCodeBlocks()],
});
