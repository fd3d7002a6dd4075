import { describe, expect, it } from 'vitest';
import { catalog } from '../site/catalog.ts';
import { generatedSnippets } from './generated.ts';
import { formatSyntaxProblem, syntaxProblems } from './parse.ts';

describe('snippet grammar check', () => {
	it('names the page and the line of a syntax error, in either language', { timeout: 60_000 }, async () => {
		const problems = await syntaxProblems([
			{ where: '/a/', lang: 'kotlin', code: 'val ok = 1\nval bad = mapOf("x" to )\n' },
			{ where: '/b/', lang: 'swift', code: 'let ok = 1\nlet bad = ["x": ]\n' },
			{ where: '/c/', lang: 'kotlin', code: 'pims.get("pims.x") { message -> println(message) }' },
		]);
		expect(problems.map(formatSyntaxProblem)).toEqual([
			expect.stringMatching(/^\/a\/: kotlin syntax error at line 2, column \d+: val bad = mapOf\("x" to \)$/),
			expect.stringMatching(/^\/b\/: swift syntax error at line 2, column \d+: let bad = \["x": \]$/),
		]);
	});

	it('finds no syntax error in any generated Kotlin or Swift example', { timeout: 120_000 }, async () => {
		const snippets = generatedSnippets(catalog);
		expect(snippets.filter((s) => s.lang === 'kotlin').length).toBeGreaterThan(180);
		expect(snippets.filter((s) => s.lang === 'swift').length).toBeGreaterThan(180);
		expect((await syntaxProblems(snippets)).map(formatSyntaxProblem)).toEqual([]);
	});
});
