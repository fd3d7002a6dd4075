// Loads Monaco's core and TypeScript support only (no other languages), with its workers bundled
// by Vite so they load from the site's own base path.
import * as monaco from 'monaco-editor/editor/editor.api.js';
import './features.ts';
import * as typescript from 'monaco-editor/languages/features/typescript/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker.js?worker';

self.MonacoEnvironment = {
	getWorker(_id: string, label: string) {
		return label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker();
	},
};

// TypeScript's features register against the language, which only Monaco's basic-languages bundle
// (not loaded) would declare: without this, models are plain text and get no completion or hover.
monaco.languages.register({ id: 'typescript', extensions: ['.ts'], aliases: ['TypeScript'] });

export type Monaco = typeof monaco;
export type MonacoTypeScript = typeof typescript;
export { monaco, typescript };
