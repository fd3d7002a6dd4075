import json from '@shikijs/langs/json';
import typescript from '@shikijs/langs/typescript';
import dark from '@shikijs/themes/github-dark';
import { createHighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine, defaultJavaScriptRegexConstructor } from 'shiki/engine/javascript';
import { describe, expect, it } from 'vitest';
import { fromTable } from '../console/editor/regexp-table.ts';
import { loadCatalog } from '../content-model/node.ts';
import { TYPESCRIPT_SAMPLE } from '../console/editor/typescript-sample.ts';
import { consoleExample } from '../generators/javascript.ts';
import { buildRegExpTable } from './regexp-table.ts';

const catalog = loadCatalog();
const entries = await buildRegExpTable(catalog);

async function highlighter(regexConstructor: (pattern: string) => RegExp) {
	return createHighlighterCore({ themes: [dark], langs: [typescript, json], engine: createJavaScriptRegexEngine({ regexConstructor }) });
}

describe('the console’s table of translated grammar patterns', () => {
	it('holds what Shiki itself makes of each pattern', () => {
		expect(entries.length).toBeGreaterThan(100);
		const lookUp = fromTable(entries, (pattern) => {
			throw new Error(`not in the table: ${pattern}`);
		});
		for (const [source] of entries) {
			const shiki = defaultJavaScriptRegexConstructor(source, { target: 'ES2024' });
			const ours = lookUp(source);
			expect({ source, pattern: ours.source, flags: ours.flags, emulated: ours.constructor.name }).toStrictEqual({
				source,
				pattern: shiki.source,
				flags: shiki.flags,
				emulated: shiki.constructor.name,
			});
		}
	});

	it('covers every starting code and the warm-up lines: highlighting them translates nothing in the page, and colours them as Shiki does', { timeout: 30_000 }, async () => {
		const translated: string[] = [];
		const fromTheTable = await highlighter(fromTable(entries, (pattern) => (translated.push(pattern), defaultJavaScriptRegexConstructor(pattern))));
		const shiki = await highlighter((pattern) => defaultJavaScriptRegexConstructor(pattern));
		const codes: Array<[name: string, code: string]> = [
			...catalog.operations.map((op): [string, string] => [op.slug, consoleExample(op)]),
			...TYPESCRIPT_SAMPLE.map((line): [string, string] => [`warm-up: ${line}`, line]),
		];
		for (const [name, code] of codes) {
			const tokens = (h: typeof shiki) => h.codeToTokens(code, { lang: 'typescript', theme: 'github-dark', tokenizeTimeLimit: 0 }).tokens.map((line) => line.map((t) => [t.content, t.color]));
			expect(tokens(fromTheTable), name).toStrictEqual(tokens(shiki));
		}
		expect(translated).toStrictEqual([]);
	});
});
