// One field's example and shape, checked on their own: the branches the whole-fixture table in rules.test.ts does not reach.
import { describe, expect, it } from 'vitest';
import type { Field } from './catalog.ts';
import { validateCatalog } from './load.ts';
import { formatProblem } from './problems.ts';
import { codesNamed, exampleProblem } from './rules.ts';
import { broken } from './test-fixtures.ts';
import { scalarProblem } from './values.ts';

const f = (over: Partial<Field>): Field => ({ name: 'x', type: 'string', required: true, description: 'x', ...over });

describe('scalarProblem', () => {
	it('accepts each type’s own values only', () => {
		expect(scalarProblem('string', 'a', {})).toBeUndefined();
		expect(scalarProblem('string', 1, {})).toBe('1 is not a valid string');
		expect(scalarProblem('integer', 3, {})).toBeUndefined();
		expect(scalarProblem('integer', 3.5, {})).toBe('3.5 is not a valid integer');
		expect(scalarProblem('integer', '3', {})).toBe('"3" is not a valid integer');
		expect(scalarProblem('number', 3.5, {})).toBeUndefined();
		expect(scalarProblem('number', Number.POSITIVE_INFINITY, {})).toMatch(/ is not a valid number$/);
		expect(scalarProblem('number', '3.5', {})).toBe('"3.5" is not a valid number');
		expect(scalarProblem('boolean', false, {})).toBeUndefined();
		expect(scalarProblem('boolean', 'true', {})).toBe('"true" is not a valid boolean');
		expect(scalarProblem('object', {}, {})).toBe('{} is not a valid object');
		// A boolean is a value of the boolean type only.
		expect(scalarProblem('string', true, {})).toBe('true is not a valid string');
		expect(scalarProblem('integer', false, {})).toBe('false is not a valid integer');
	});

	it('keeps numbers inside an inclusive range', () => {
		const range = { minimum: 5, maximum: 10 };
		expect(scalarProblem('integer', 5, range)).toBeUndefined();
		expect(scalarProblem('integer', 10, range)).toBeUndefined();
		expect(scalarProblem('integer', 4, range)).toBe('4 is outside the allowed range 5..10');
		expect(scalarProblem('integer', 11, range)).toBe('11 is outside the allowed range 5..10');
		expect(scalarProblem('number', -1, { minimum: 0 })).toBe('-1 is outside the allowed range 0..∞');
		expect(scalarProblem('number', 1e9, { minimum: 0 })).toBeUndefined();
		expect(scalarProblem('number', -1e9, { maximum: 0 })).toBeUndefined();
	});

	it('keeps values among the allowed ones', () => {
		const values = [
			{ value: 1, description: undefined },
			{ value: 2, description: undefined },
		];
		expect(scalarProblem('integer', 2, { values })).toBeUndefined();
		expect(scalarProblem('integer', 3, { values })).toBe('3 is not one of the allowed values (1, 2)');
	});
});

describe('exampleProblem', () => {
	it('refuses an example where the value comes from elsewhere', () => {
		expect(exampleProblem(f({ type: 'context' }), undefined)).toBeUndefined();
		expect(exampleProblem(f({ type: 'context' }), 'ctx')).toBe('an Android context has no example; remove it');
		expect(exampleProblem(f({ type: 'object' }), undefined)).toBeUndefined();
		expect(exampleProblem(f({ type: 'object' }), {})).toBe('objects take their example from their fields; remove it');
		expect(exampleProblem(f({ type: 'array', items: 'object' }), undefined)).toBeUndefined();
		expect(exampleProblem(f({ type: 'array', items: 'object' }), [{}])).toBe('lists of objects take their example from their fields; remove it');
	});

	it('wants a non-empty list for a list of scalars, each item checked', () => {
		const list = f({ type: 'array', items: 'integer' });
		expect(exampleProblem(list, undefined)).toBe('is required for a field of this type');
		expect(exampleProblem(list, [])).toBe('expected a non-empty list of integer, got []');
		expect(exampleProblem(list, 3)).toBe('expected a non-empty list of integer, got 3');
		expect(exampleProblem(list, [1, 2])).toBeUndefined();
		expect(exampleProblem(list, [1, 'TBD'])).toBe('item 1: "TBD" is a placeholder, not an example');
	});

	it('names placeholders, whatever their case, but not words that contain them', () => {
		for (const v of ['', 'todo', 'TBD', 'FixMe', 'xxx', 'n/a', 'None', 'null', '?', '???', '...']) expect(exampleProblem(f({}), v)).toBe(`${JSON.stringify(v)} is a placeholder, not an example`);
		for (const v of ['todos', 'nonempty', 'a?', 'x...']) expect(exampleProblem(f({}), v)).toBeUndefined();
	});
});

describe('codesNamed', () => {
	it('reads four-digit code spans that the catalogue knows', () => {
		expect(codesNamed('Fails with `2001`, `2999`, `12345` or 2102.', new Set([2001, 2102, 2999]))).toEqual([2001, 2999]);
		expect(codesNamed('Fails with `2001`.', new Set([2102]))).toEqual([]);
	});
});

type Edit = Parameters<typeof broken>[0];

function problemLines(edit: Edit): string[] {
	const result = validateCatalog(broken(edit));
	return result.ok ? [] : result.problems.map(formatProblem);
}

const param = (ops: Record<string, unknown>[], op: number, i: number) => (ops[op]!.parameters as Record<string, unknown>[])[i]!;
const SET = 'content/apis/set-demo-code-add.yaml';
const GET = 'content/apis/get-demo-phone.yaml';

describe('field shapes and the rules between files', () => {
	// Each edit breaks one rule; the problems must be exactly these lines, nothing more.
	const cases: Array<[string, Edit, string[]]> = [
		['a list without its item type', ({ ops }) => void delete param(ops, 1, 3).items, [`${SET}: parameters[3].items: a list needs the type of its items`]],
		['items on a string', ({ ops }) => void (param(ops, 1, 1).items = 'string'), [`${SET}: parameters[1].items: only lists have items`]],
		[
			'fields on a string',
			({ ops }) => void (param(ops, 1, 3).fields = [{ name: 'a', type: 'string', description: 'A.', example: 'a' }]),
			[`${SET}: parameters[3].fields: only objects and lists of objects have fields`],
		],
		[
			'a range on a string',
			({ ops }) => void Object.assign((param(ops, 1, 2).fields as Record<string, unknown>[])[0]!, { minimum: 1 }),
			[`${SET}: parameters[2].fields[0].minimum: a range applies to numbers only`],
		],
		['a maximum on a list of strings', ({ ops }) => void (param(ops, 1, 3).maximum = 3), [`${SET}: parameters[3].minimum: a range applies to numbers only`]],
		['a range on a list of numbers', ({ ops }) => void Object.assign(param(ops, 1, 3), { items: 'number', minimum: 0, example: [1] }), []],
		[
			'allowed values on a boolean',
			({ ops }) => void Object.assign(param(ops, 1, 3), { type: 'boolean', items: undefined, values: [true], example: true }),
			[`${SET}: parameters[3].values: allowed values apply to strings and numbers only`],
		],
		['allowed values on an object', ({ ops }) => void (param(ops, 1, 2).values = ['a']), [`${SET}: parameters[2].values: allowed values apply to strings and numbers only`]],
		[
			'a unit on a context',
			({ ops }) => void (ops[1]!.parameters as unknown[]).push({ name: 'context', type: 'context', description: 'C.', unit: 'x', platform: { only: 'android', reason: 'Android.' } }),
			[`${SET}: parameters[4].unit: an Android context has no unit`],
		],
		['a list of objects without fields', ({ ops }) => void Object.assign(param(ops, 1, 3), { items: 'object', example: undefined }), [`${SET}: parameters[3].fields: objects need at least one field`]],
		[
			'a duplicate name inside an object',
			({ ops }) => void (param(ops, 1, 2).fields as unknown[]).push({ name: 'level', type: 'string', description: 'L.', example: 'low' }),
			[`${SET}: parameters[2].fields[1].name: "level" appears twice`],
		],
		[
			'a wrong example inside an object',
			({ ops }) => void ((param(ops, 1, 2).fields as Record<string, unknown>[])[0]!.example = 3),
			[`${SET}: parameters[2].fields[0].example: 3 is not a valid string`],
		],
		[
			'a duplicate output name',
			({ ops }) => void (ops[0]!.output as unknown[]).push({ name: 'phoneNumber', type: 'string', description: 'N.', example: '1' }),
			[`${GET}: output[1].name: "phoneNumber" appears twice`],
		],
		['an operation related to itself', ({ ops }) => void (ops[0]!.related = ['get-demo-phone']), [`${GET}: related[0]: an operation cannot be related to itself`]],
		['a known operation linked from a note', ({ ops }) => void (ops[0]!.notes = ['See [x](op:set-demo-code-add).']), []],
		['a discriminator that is not required', ({ ops }) => void (param(ops, 1, 0).required = false), [`${SET}: parameters[0].required: a discriminator must be required`]],
		[
			'a discriminator that is not a string',
			({ ops }) => void Object.assign(param(ops, 1, 0), { type: 'integer', values: undefined, example: 1 }),
			[`${SET}: parameters[0].type: a discriminator must be a string`, `${SET}: parameters[0].example: must equal the subname "add", got 1`],
		],
		['a discriminator with other allowed values', ({ ops }) => void (param(ops, 1, 0).values = ['add', 'remove']), [`${SET}: parameters[0].values: must be exactly ["add"] for this operation`]],
		[
			'a discriminator with another single value',
			({ ops }) => void Object.assign(param(ops, 1, 0), { values: ['remove'], example: 'remove' }),
			[`${SET}: parameters[0].example: must equal the subname "add", got "remove"`, `${SET}: parameters[0].values: must be exactly ["add"] for this operation`],
		],
		['a version part compared as a number', ({ ops }) => Object.assign(ops[0]!, { since: '2.9', lastUpdate: '2.10' }), []],
		['a component updated before it appeared', ({ components }) => void (components[0]!.lastUpdate = '1.0'), ['content/components.yaml: [0].lastUpdate: 1.0 is older than since (2.0)']],
		['a component defined twice', ({ components }) => void components.push({ ...components[0]! }), ['content/components.yaml: [1].tag: Demo is defined twice']],
		['a label with its placeholder', ({ errors }) => Object.assign(errors[3]!, { label: 'No [Component] number', placeholders: ['Component'] }), []],
		[
			'a note about the published data',
			({ ops }) => void (ops[0]!.notes = ['Fine.', 'Unlike the Published Reference, it is a string.']),
			[`${GET}: notes[1]: speaks of the published reference; move it to content/corrections.yaml`],
		],
		['a note naming a documented or common code', ({ ops }) => void (ops[1]!.notes = ['Fails with `2101`, `2102` and `2001`.']), []],
		[
			'a note naming an undocumented code twice',
			({ ops }) => void (ops[0]!.notes = ['`2305`, then `2305` again.']),
			[`${GET}: notes[0]: names error 2305, which the operation does not document in errors`],
		],
		['a link to a known error', ({ ops }) => void (ops[0]!.notes = ['See [2307](error:2307).']), []],
		[
			'two operations with the same key',
			({ ops, addOperation }) => addOperation('content/apis/set-demo-code-add-2.yaml', structuredClone(ops[1]!)),
			[
				'content/apis/set-demo-code-add-2.yaml: api: "set pims.demo.code action=add" is already defined in content/apis/set-demo-code-add.yaml',
				'content/apis/set-demo-code-add-2.yaml: file name should be set-demo-code-add.yaml',
			],
		],
		['an unknown component in second place', ({ ops }) => void (ops[0]!.components = ['Demo', 'Nope']), [`${GET}: components[1]: "Nope" is not a component in content/components.yaml`]],
		['an unknown related operation in second place', ({ ops }) => void (ops[0]!.related = ['set-demo-code-add', 'get-x']), [`${GET}: related[1]: no operation has the slug "get-x"`]],
	];

	it.each(cases)('%s', (_name, edit, lines) => {
		expect(problemLines(edit)).toEqual(lines);
	});

	it('accepts a presence discriminator named after its parameter, whatever the parameter’s type', () => {
		const lines = problemLines(({ ops }) => void (ops[1]!.discriminator = { parameter: 'smsCode', value: 'smsCode', match: 'presence' }));
		// The slug changes with the subname, so the file name and the links to the old slug are wrong; the discriminator is not.
		expect(lines.filter((l) => l.startsWith(SET))).toEqual([`${SET}: file name should be set-demo-code-sms-code.yaml`]);
	});
});
