// After a build: every Kotlin and Swift block of every page parses, and every Kotlin block compiles against the stub.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSnippets } from '../from-html.ts';
import { compileKotlin, formatCompileProblem } from '../kotlin-compile.ts';
import { formatSyntaxProblem, syntaxProblems, type Snippet } from '../parse.ts';

const dist = resolve(process.env.PIMS_DIST ?? 'dist');

describe(`the snippets of the built site (${dist})`, () => {
	if (!existsSync(dist)) throw new Error(`${dist} does not exist: run npm run build first`);
	const snippets = builtSnippets(dist);
	const kotlin = snippets.filter((s) => s.lang === 'kotlin');

	it('include the generated examples of every operation page and the hand-written ones of the guides and platform pages', () => {
		expect(kotlin.length).toBeGreaterThan(180);
		expect(snippets.filter((s) => s.lang === 'swift').length).toBeGreaterThan(180);
		expect(snippets.some((s) => s.where.startsWith('/guides/'))).toBe(true);
		expect(snippets.filter((s) => s.where.startsWith('/platforms/')).length).toBeGreaterThanOrEqual(6);
	});

	it('parse with the Kotlin and Swift grammars', { timeout: 120_000 }, async () => {
		const problems = await syntaxProblems(snippets);
		console.log(`parsed ${snippets.length} snippets (${kotlin.length} Kotlin, ${snippets.length - kotlin.length} Swift)`);
		expect(problems.map(formatSyntaxProblem)).toEqual([]);
	});

	it('compile as Kotlin against the facade stub, in one kotlinc run', { timeout: 600_000 }, async () => {
		// A snippet that must fail proves that errors are found and mapped back to their snippet's line.
		const canary: Snippet = { where: 'canary', lang: 'kotlin', code: 'val fine = 1\npims.get("pims.x") { message -> val code: String = message["code"] }' };
		const result = await compileKotlin([...kotlin, canary]);
		console.log(`compiled ${kotlin.length} Kotlin snippets in ${result.seconds.toFixed(1)} s`);
		expect(result.other).toEqual([]);
		expect(result.problems.filter((p) => p.where === 'canary').map((p) => p.line)).toEqual([2]);
		expect(result.problems.filter((p) => p.where !== 'canary').map(formatCompileProblem)).toEqual([]);
	});
});
