import { describe, expect, it } from 'vitest';
import { validateCatalog } from './load.ts';
import { formatProblem } from './problems.ts';
import { broken, validSources } from './test-fixtures.ts';

type Edit = Parameters<typeof broken>[0];

function problemLines(edit: Edit): string[] {
	const result = validateCatalog(broken(edit));
	return result.ok ? [] : result.problems.map(formatProblem);
}

const param = (ops: Record<string, unknown>[], op: number, i: number) => (ops[op]!.parameters as Record<string, unknown>[])[i]!;

describe('validateCatalog', () => {
	it('accepts the valid fixture', () => {
		const result = validateCatalog(validSources());
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.catalog.operations.map((o) => o.slug)).toEqual(['get-demo-phone', 'set-demo-code-add']);
	});

	// Each row breaks one rule and names the exact line the build must print.
	const cases: Array<[string, Edit, string]> = [
		['unknown error code', ({ ops }) => void (ops[0]!.errors = [2001, 2999]), 'content/apis/get-demo-phone.yaml: errors[1]: 2999 is not in the error catalogue (content/errors.yaml)'],
		[
			'a code the SDK module names missing from the catalogue',
			({ errors }) =>
				void errors.splice(
					errors.findIndex((e) => e.code === 2007),
					1,
				),
			'content/errors.yaml: 2007 is missing, but the SDK module names it (CODE.facadeAlreadyInitialized in src/sdk/codes.ts)',
		],
		['unknown component', ({ ops }) => void (ops[0]!.components = ['Nope']), 'content/apis/get-demo-phone.yaml: components[0]: "Nope" is not a component in content/components.yaml'],
		['unknown related operation', ({ ops }) => void (ops[0]!.related = ['get-nothing']), 'content/apis/get-demo-phone.yaml: related[0]: no operation has the slug "get-nothing"'],
		['unknown operation link in Markdown', ({ ops }) => void (ops[0]!.description = 'See [x](op:get-gone).'), 'content/apis/get-demo-phone.yaml: description: link to unknown operation "op:get-gone"'],
		// The renderer's Markdown parser reads a destination in angle brackets as a link; the rule must too.
		['unknown operation link in angle brackets', ({ ops }) => void (ops[0]!.notes = ['See [x](<op:gone>).']), 'content/apis/get-demo-phone.yaml: notes[0]: link to unknown operation "op:gone"'],
		['example of the wrong type', ({ ops }) => void (param(ops, 1, 1).example = '123456'), 'content/apis/set-demo-code-add.yaml: parameters[1].example: "123456" is not a valid integer'],
		[
			'example not among the allowed values',
			({ ops }) => void ((param(ops, 1, 2).fields as Record<string, unknown>[])[0]!.example = 'max'),
			'content/apis/set-demo-code-add.yaml: parameters[2].fields[0].example: "max" is not one of the allowed values ("low", "high")',
		],
		[
			'example outside the range',
			({ ops }) => Object.assign(param(ops, 1, 1), { maximum: 9999 }),
			'content/apis/set-demo-code-add.yaml: parameters[1].example: 123456 is outside the allowed range -∞..9999',
		],
		['list example with a wrong item', ({ ops }) => void (param(ops, 1, 3).example = ['a', 2]), 'content/apis/set-demo-code-add.yaml: parameters[3].example: item 1: 2 is not a valid string'],
		[
			'blank placeholder example',
			({ ops }) => void ((ops[0]!.output as Record<string, unknown>[])[0]!.example = ' '),
			'content/apis/get-demo-phone.yaml: output[0].example: " " is a placeholder, not an example',
		],
		[
			'TODO placeholder example',
			({ ops }) => void ((ops[0]!.output as Record<string, unknown>[])[0]!.example = 'TODO'),
			'content/apis/get-demo-phone.yaml: output[0].example: "TODO" is a placeholder, not an example',
		],
		[
			'missing example',
			({ ops }) => void delete (ops[0]!.output as Record<string, unknown>[])[0]!.example,
			'content/apis/get-demo-phone.yaml: output[0].example: is required for a field of this type',
		],
		[
			'discriminator example naming another operation',
			({ ops }) => Object.assign(param(ops, 1, 0), { example: 'enrollment', values: undefined }),
			'content/apis/set-demo-code-add.yaml: parameters[0].example: must equal the subname "add", got "enrollment"',
		],
		[
			'presence discriminator not named after its parameter',
			({ ops }) => void (ops[1]!.discriminator = { parameter: 'smsCode', value: 'add', match: 'presence' }),
			'content/apis/set-demo-code-add.yaml: discriminator.value: must be the parameter\'s name "smsCode" when the operation is picked by its presence',
		],
		[
			'discriminator that is not a parameter',
			({ ops }) => void (ops[1]!.discriminator = { parameter: 'type', value: 'add' }),
			'content/apis/set-demo-code-add.yaml: discriminator.parameter: "type" is not one of the parameters',
		],
		[
			'parameter name that is not an identifier',
			({ ops }) => void (param(ops, 1, 1).name = 'Phone number'),
			'content/apis/set-demo-code-add.yaml: parameters[1].name: must be an identifier (letters, digits, _; no spaces)',
		],
		[
			'operation defined twice',
			({ ops, addOperation }) => addOperation('content/apis/get-demo-phone-copy.yaml', structuredClone(ops[0]!)),
			'content/apis/get-demo-phone-copy.yaml: api: "get pims.demo.phone" is already defined in content/apis/get-demo-phone.yaml',
		],
		['file name that is not the slug', ({ ops }) => void (ops[0]!.api = 'pims.demo.mobile'), 'content/apis/get-demo-phone.yaml: file name should be get-demo-mobile.yaml'],
		[
			'slug taken by another reference page',
			({ ops, addOperation }) => addOperation('content/apis/errors.yaml', { ...structuredClone(ops[0]!), api: 'pims.errors', method: 'lifecycle' }),
			'content/apis/errors.yaml: api: the slug "errors" is taken by the /reference/errors/ page',
		],
		['misspelled method', ({ ops }) => void (ops[0]!.method = 'gett'), 'content/apis/get-demo-phone.yaml: method: must be one of "get", "set", "subscribe", "lifecycle"'],
		['unknown field', ({ ops }) => void (ops[0]!.descripton = 'typo'), 'content/apis/get-demo-phone.yaml: unknown field "descripton"'],
		['missing description', ({ ops }) => void delete ops[0]!.description, 'content/apis/get-demo-phone.yaml: description: is required (string)'],
		[
			'unquoted version',
			({ ops }) => void (ops[0]!.since = 2.1),
			'content/apis/get-demo-phone.yaml: since: is the number 2.1, not a version: write it in quotes, e.g. "2.10" (YAML reads an unquoted 2.10 as the number 2.1)',
		],
		[
			'unquoted version in a component',
			({ components }) => void (components[0]!.lastUpdate = 2),
			'content/components.yaml: [0].lastUpdate: is the number 2, not a version: write it in quotes, e.g. "2.10" (YAML reads an unquoted 2.10 as the number 2.1)',
		],
		['version that is not one', ({ ops }) => void (ops[0]!.since = 'v2'), 'content/apis/get-demo-phone.yaml: since: must be a version such as 2.0 or 2.1.3'],
		['last update before since', ({ ops }) => void (ops[0]!.lastUpdate = '1.9'), 'content/apis/get-demo-phone.yaml: lastUpdate: 1.9 is older than since (2.0)'],
		['list without item type', ({ ops }) => void delete param(ops, 1, 3).items, 'content/apis/set-demo-code-add.yaml: parameters[3].items: a list needs the type of its items'],
		['object without fields', ({ ops }) => void delete param(ops, 1, 2).fields, 'content/apis/set-demo-code-add.yaml: parameters[2].fields: objects need at least one field'],
		['duplicate parameter name', ({ ops }) => void (param(ops, 1, 3).name = 'smsCode'), 'content/apis/set-demo-code-add.yaml: parameters[3].name: "smsCode" appears twice'],
		['duplicate error code in an operation', ({ ops }) => void (ops[0]!.errors = [2001, 2001]), 'content/apis/get-demo-phone.yaml: errors[1]: 2001 is listed twice'],
		['error code defined twice in the catalogue', ({ errors }) => void errors.splice(1, 0, { ...errors[0]! }), 'content/errors.yaml: [1].code: 2001 is defined twice'],
		['placeholder missing from its label', ({ errors }) => void (errors[0]!.placeholders = ['Component']), 'content/errors.yaml: [0].placeholders[0]: the label has no "[Component]"'],
		[
			'note about the published reference',
			({ ops }) => void (ops[0]!.notes = ['The published data types it as an integer.']),
			'content/apis/get-demo-phone.yaml: notes[0]: speaks of the published reference; move it to content/corrections.yaml',
		],
		[
			'description naming an undocumented code',
			({ ops }) => void (ops[0]!.description = 'Fails with `2102` when asked twice.'),
			'content/apis/get-demo-phone.yaml: description: names error 2102, which the operation does not document in errors',
		],
		[
			'note naming an undocumented code',
			({ ops }) => void (ops[0]!.notes = ['Retry after `2202`.']),
			'content/apis/get-demo-phone.yaml: notes[0]: names error 2202, which the operation does not document in errors',
		],
		[
			'link to an unknown error',
			({ ops }) => void (ops[0]!.description = 'See [9999](error:9999).'),
			'content/apis/get-demo-phone.yaml: description: links to error 9999, which is not in the error catalogue (content/errors.yaml)',
		],
		[
			'link to an unknown error with a title',
			({ ops }) => void (ops[0]!.description = 'See [9998](error:9998 "the code").'),
			'content/apis/get-demo-phone.yaml: description: links to error 9998, which is not in the error catalogue (content/errors.yaml)',
		],
		['component with an unknown category', ({ components }) => void (components[0]!.category = 'misc'), 'content/components.yaml: [0].category: must be one of "feature", "security", "overview"'],
	];

	it.each(cases)('rejects %s', (_name, edit, line) => {
		expect(problemLines(edit)).toContain(line);
	});

	it('names the catalogue files where they were read from, such as a PIMS_CONTENT_DIR folder', () => {
		const sources = broken(({ ops, components }) => {
			ops[0]!.errors = [2001, 2999];
			ops[0]!.components = ['Nope'];
			components.push({ ...components[0]! });
		});
		sources.errors.file = '/elsewhere/errors.yaml';
		sources.components.file = '/elsewhere/components.yaml';
		const result = validateCatalog(sources);
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
			'content/apis/get-demo-phone.yaml: errors[1]: 2999 is not in the error catalogue (/elsewhere/errors.yaml)',
			'content/apis/get-demo-phone.yaml: components[0]: "Nope" is not a component in /elsewhere/components.yaml',
			'/elsewhere/components.yaml: [1].tag: Demo is defined twice',
		]);
	});

	it('reports every problem at once, one line each', () => {
		const lines = problemLines(({ ops }) => {
			ops[0]!.errors = [2999];
			ops[0]!.components = ['Nope'];
		});
		expect(lines).toHaveLength(2);
	});
});
