// The themes src/site/monaco-themes.ts builds into the console's bundle.
declare module 'virtual:pims/monaco-themes' {
	import type { MonacoTheme } from './monaco-theme-data.ts';

	const themes: MonacoTheme[];
	export default themes;
}
