import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { correctionsFor } from './correction-rules.ts';
import { loadCorrections, validateCorrections } from './load-corrections.ts';
import { ContentError, formatProblem } from './problems.ts';
import { fixtureCatalog } from './test-fixtures.ts';

const good = () => [
	{ id: 'phone-is-text', operations: ['get-demo-phone'], fields: ['phoneNumber'], published: 'An integer.', site: 'A string.', why: 'A leading 0.' },
	{ id: 'nested', operations: ['set-demo-code-add'], fields: ['options.level'], published: 'a', site: 'b', why: 'c' },
	{ id: 'added-code', operations: ['get-demo-phone'], codes: [2307], published: 'a', site: 'b', why: 'c' },
	{ id: 'dropped-code', operations: ['get-demo-phone'], codes: [2999], published: 'a', site: 'b', why: 'c' },
	{ id: 'whole', operations: ['get-demo-phone', 'set-demo-code-add'], published: 'a', site: 'b', why: 'c' },
];

function lines(edit: (list: Array<Record<string, unknown>>) => void): string[] {
	const list: Array<Record<string, unknown>> = good();
	edit(list);
	const result = validateCorrections(fixtureCatalog(), list);
	return result.ok ? [] : result.problems.map(formatProblem);
}

describe('corrections', () => {
	it('accepts fields at any depth, added and unknown codes, and whole operations', () => {
		const result = validateCorrections(fixtureCatalog(), good());
		expect(result.ok).toBe(true);
		if (result.ok) expect(correctionsFor(result.corrections, 'set-demo-code-add').map((c) => c.id)).toEqual(['nested', 'whole']);
	});

	// Each row breaks one rule and names the exact line the build must print.
	const cases: Array<[string, (l: Array<Record<string, unknown>>) => void, string]> = [
		['unknown operation', (l) => void (l[0]!.operations = ['get-demo-gone']), 'content/corrections.yaml: [0].operations[0]: no operation has the slug "get-demo-gone"'],
		['field the operation lacks', (l) => void (l[0]!.fields = ['phone']), 'content/corrections.yaml: [0].fields[0]: "phone" is not a parameter or result field of get-demo-phone'],
		[
			'field of another operation',
			(l) => void (l[1]!.operations = ['get-demo-phone']),
			'content/corrections.yaml: [1].fields[0]: "options.level" is not a parameter or result field of get-demo-phone',
		],
		[
			'known code the operation does not list',
			(l) => void (l[2]!.codes = [2002]),
			'content/corrections.yaml: [2].codes[0]: 2002 is in the error catalogue but not listed by get-demo-phone; a correction names a code the operation lists, or one the SDK does not have',
		],
		['id used twice', (l) => void (l[1]!.id = 'phone-is-text'), 'content/corrections.yaml: [1].id: "phone-is-text" is used twice'],
		['fields and codes together', (l) => void (l[0]!.codes = [2307]), 'content/corrections.yaml: [0].codes: name fields or codes, not both'],
		['empty reason', (l) => void (l[0]!.why = ' '), 'content/corrections.yaml: [0].why: must not be empty'],
		['unknown key', (l) => void (l[0]!.field = 'phoneNumber'), 'content/corrections.yaml: [0]: unknown field "field"'],
	];

	it.each(cases)('rejects %s', (_name, edit, line) => {
		expect(lines(edit)).toContain(line);
	});

	it('matches a field named by the end of its path, not by its start', () => {
		const ok = validateCorrections(fixtureCatalog(), [{ id: 'level', operations: ['set-demo-code-add'], fields: ['level'], published: 'a', site: 'b', why: 'c' }]);
		expect(ok.ok).toBe(true);
		const start = validateCorrections(fixtureCatalog(), [{ id: 'options', operations: ['set-demo-code-add'], fields: ['options.lev'], published: 'a', site: 'b', why: 'c' }]);
		expect(start.ok ? [] : start.problems.map(formatProblem)).toEqual(['content/corrections.yaml: [0].fields[0]: "options.lev" is not a parameter or result field of set-demo-code-add']);
	});
});

describe('loadCorrections', () => {
	const roots: string[] = [];
	afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
	/** A project root whose content/ holds the given corrections.yaml, or none. */
	const rootWith = (yaml?: string): string => {
		const root = mkdtempSync(join(tmpdir(), 'pims-corrections-'));
		roots.push(root);
		mkdirSync(join(root, 'content'));
		if (yaml !== undefined) writeFileSync(join(root, 'content', 'corrections.yaml'), yaml);
		return root;
	};
	const thrown = (root: string): unknown => {
		try {
			loadCorrections(root, fixtureCatalog());
		} catch (e) {
			return e;
		}
		return undefined;
	};

	it('finds none in a content folder without the file, or with an empty one', () => {
		expect(loadCorrections(rootWith(), fixtureCatalog())).toStrictEqual([]);
		expect(loadCorrections(rootWith(''), fixtureCatalog())).toStrictEqual([]);
	});

	it('reads the file of the root it is given', () => {
		const yaml = '- id: phone-is-text\n  operations: [get-demo-phone]\n  fields: [phoneNumber]\n  published: An integer.\n  site: A string.\n  why: A leading 0.\n';
		expect(loadCorrections(rootWith(yaml), fixtureCatalog())).toStrictEqual([
			{ id: 'phone-is-text', operations: ['get-demo-phone'], fields: ['phoneNumber'], published: 'An integer.', site: 'A string.', why: 'A leading 0.' },
		]);
	});

	it('throws a ContentError naming the file and line of a YAML syntax error', () => {
		const e = thrown(rootWith('- id: a\n  id: b\n'));
		expect(e).toBeInstanceOf(ContentError);
		expect((e as ContentError).problems.map(formatProblem)).toStrictEqual(['content/corrections.yaml: line 2:3: Map keys must be unique']);
	});

	it('throws a ContentError listing the rules the file breaks', () => {
		const e = thrown(rootWith('- id: gone\n  operations: [get-demo-gone]\n  published: a\n  site: b\n  why: c\n'));
		expect(e).toBeInstanceOf(ContentError);
		expect((e as ContentError).problems.map(formatProblem)).toStrictEqual(['content/corrections.yaml: [0].operations[0]: no operation has the slug "get-demo-gone"']);
	});
});
