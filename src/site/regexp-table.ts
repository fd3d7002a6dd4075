// Builds the console's table of translated grammar patterns (src/console/editor/regexp-table.ts) as the
// module `virtual:pims/regexp-table`: it highlights what the console shows with the console's own
// grammars and records every pattern Shiki asks for, with what oniguruma-to-es makes of it.
import json from '@shikijs/langs/json';
import typescript from '@shikijs/langs/typescript';
import dark from '@shikijs/themes/github-dark';
import type { AstroIntegration } from 'astro';
import { virtualModule } from './virtual-module.ts';
import { toRegExpDetails } from 'oniguruma-to-es';
import { createHighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine, defaultJavaScriptRegexConstructor } from 'shiki/engine/javascript';
import type { Catalog } from '../content-model/catalog.ts';
import { failedMessage, successMessage } from '../content-model/documented-messages.ts';
import { TRANSLATION, type RegExpEntry } from '../console/editor/regexp-table.ts';
import { TYPESCRIPT_SAMPLE } from '../console/editor/typescript-sample.ts';
import { consoleExample } from '../generators/javascript.ts';

/** Every message shape the output shows, pretty-printed as it does. */
function jsonSamples(catalog: Catalog): string[] {
	return catalog.operations.flatMap((op) => [successMessage(op), ...op.errors.slice(0, 1).map((code) => failedMessage(catalog, op, code))].map((m) => JSON.stringify(m, null, 2)));
}

export async function buildRegExpTable(catalog: Catalog): Promise<RegExpEntry[]> {
	const seen = new Set<string>();
	const highlighter = await createHighlighterCore({
		themes: [dark],
		langs: [typescript, json],
		engine: createJavaScriptRegexEngine({ regexConstructor: (pattern) => (seen.add(pattern), defaultJavaScriptRegexConstructor(pattern)) }),
	});
	// No time limit: on a busy machine Shiki stops a slow line early, and the patterns it did not reach would be missing.
	const highlight = (code: string, lang: string) => highlighter.codeToTokens(code, { lang, theme: 'github-dark', tokenizeTimeLimit: 0 });
	for (const code of [TYPESCRIPT_SAMPLE.join('\n'), ...catalog.operations.map(consoleExample)]) highlight(code, 'typescript');
	for (const code of jsonSamples(catalog)) highlight(code, 'json');
	highlighter.dispose();
	return [...seen].sort().map((source) => {
		const { pattern, flags, options } = toRegExpDetails(source, TRANSLATION);
		return options ? [source, pattern, flags, options] : [source, pattern, flags];
	});
}

export const regexpTable = (catalog: Catalog): AstroIntegration =>
	virtualModule('pims:regexp-table', 'virtual:pims/regexp-table', async () => `export default ${JSON.stringify(await buildRegExpTable(catalog))};`);
