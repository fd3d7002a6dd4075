// How problems are worded and located: paths, zod's issues in plain words, the error the build stops with, YAML syntax.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldPaths } from './correction-rules.ts';
import { parseYaml, readSources, validateCatalog } from './load.ts';
import { ContentError, formatPath, formatProblem } from './problems.ts';
import { broken, fixtureCatalog } from './test-fixtures.ts';

function problemLines(edit: Parameters<typeof broken>[0]): string[] {
	const result = validateCatalog(broken(edit));
	return result.ok ? [] : result.problems.map(formatProblem);
}

describe('formatPath and formatProblem', () => {
	it('write indexes in brackets and keys after dots', () => {
		expect(formatPath(['parameters', 1, 'fields', 0, 'example'])).toBe('parameters[1].fields[0].example');
		expect(formatPath([2, 'code'])).toBe('[2].code');
		expect(formatPath([])).toBe('');
	});

	it('leave out an empty path', () => {
		expect(formatProblem({ file: 'a.yaml', path: 'x', message: 'm' })).toBe('a.yaml: x: m');
		expect(formatProblem({ file: 'a.yaml', path: '', message: 'm' })).toBe('a.yaml: m');
	});
});

describe('zod issues in plain words', () => {
	const GET = 'content/apis/get-demo-phone.yaml';
	it('name unknown fields, one or several', () => {
		expect(problemLines(({ ops }) => Object.assign(ops[0]!, { a: 1, b: 2 }))).toEqual([`${GET}: unknown fields "a", "b"`]);
	});

	it('say what type was expected and what came', () => {
		expect(problemLines(({ ops }) => void (ops[0]!.summary = null))).toEqual([`${GET}: summary: expected string, got null`]);
		expect(problemLines(({ ops }) => void (ops[0]!.summary = ['a']))).toEqual([`${GET}: summary: expected string, got array`]);
		expect(problemLines(({ ops }) => void (ops[0]!.summary = 3))).toEqual([`${GET}: summary: expected string, got number`]);
		expect(problemLines(({ errors }) => void delete errors[0]!.label)).toEqual(['content/errors.yaml: [0].label: is required (string)']);
	});

	it('list the allowed values, and otherwise keep zod’s own message', () => {
		expect(problemLines(({ components }) => void (components[0]!.connectivity = 'wifi'))).toEqual(['content/components.yaml: [0].connectivity: must be one of "internet", "bluetooth", "none"']);
		expect(problemLines(({ ops }) => void (ops[0]!.summary = ' '))).toEqual([`${GET}: summary: must not be empty`]);
	});

	it('skip the rules between files until every file has its shape', () => {
		const lines = problemLines(({ ops, components }) => {
			ops[0]!.errors = [2999];
			components[0]!.icon = '';
		});
		expect(lines).toEqual(['content/components.yaml: [0].icon: Too small: expected string to have >=1 characters']);
		expect(problemLines(({ errors }) => void (errors[0]!.code = 1))).toEqual(['content/errors.yaml: [0].code: Too small: expected number to be >=2000']);
	});
});

describe('ContentError', () => {
	it('counts its problems and lists one per line', () => {
		const one = new ContentError([{ file: 'a.yaml', path: '', message: 'm' }]);
		expect(one.name).toBe('ContentError');
		expect(one.message).toBe('The content has 1 problem:\n  a.yaml: m');
		const two = new ContentError([
			{ file: 'a.yaml', path: 'x', message: 'm' },
			{ file: 'b.yaml', path: '', message: 'n' },
		]);
		expect(two.message).toBe('The content has 2 problems:\n  a.yaml: x: m\n  b.yaml: n');
		expect(two.problems).toHaveLength(2);
	});
});

describe('parseYaml', () => {
	it('gives the data, or the first line of each error with its position', () => {
		expect(parseYaml('a.yaml', 'a: 1\nb: [x]\n')).toEqual({ data: { a: 1, b: ['x'] }, problems: [] });
		const bad = parseYaml('a.yaml', 'a: 1\na: 2\n');
		expect(bad.data).toBeUndefined();
		expect(bad.problems).toEqual([{ file: 'a.yaml', path: 'line 2:1', message: 'Map keys must be unique' }]);
		// Two-digit lines and columns: the position leaves the message whole, however long the numbers.
		const keys = Array.from({ length: 9 }, (_, i) => `k${i}: 1\n`).join('');
		const far = parseYaml('a.yaml', `${keys}a:\n  b:\n    c:\n      d:\n        e:\n          x: 1\n          x: 2\n`);
		expect(far.problems).toEqual([{ file: 'a.yaml', path: 'line 16:11', message: 'Map keys must be unique' }]);
	});
});

describe('readSources', () => {
	it('reads the .yaml files of apis/ in name order, skipping drafts, and names a file it cannot read', () => {
		const root = mkdtempSync(join(tmpdir(), 'pims-sources-'));
		mkdirSync(join(root, 'content', 'apis'), { recursive: true });
		writeFileSync(join(root, 'content', 'apis', 'b.yaml'), 'x: 2\n');
		writeFileSync(join(root, 'content', 'apis', 'a.yaml'), 'x: 1\n');
		writeFileSync(join(root, 'content', 'apis', '_draft.yaml'), 'x: 3\n');
		writeFileSync(join(root, 'content', 'apis', 'notes.md'), 'x: 4\n');
		writeFileSync(join(root, 'content', 'errors.yaml'), '[]\n');
		const { sources, problems } = readSources(root);
		expect(sources.operations).toEqual([
			{ file: 'content/apis/a.yaml', data: { x: 1 } },
			{ file: 'content/apis/b.yaml', data: { x: 2 } },
		]);
		expect(sources.errors).toEqual({ file: 'content/errors.yaml', data: [] });
		expect(sources.components).toEqual({ file: 'content/components.yaml', data: undefined });
		expect(problems).toEqual([{ file: 'content/components.yaml', path: '', message: 'cannot be read' }]);
	});
});

describe('fieldPaths', () => {
	it('lists parameters and result fields with their dotted paths', () => {
		const catalog = fixtureCatalog();
		const op = catalog.operations.find((o) => o.slug === 'set-demo-code-add')!;
		expect(fieldPaths(op)).toEqual(['action', 'smsCode', 'options', 'options.level', 'tags']);
	});
});
