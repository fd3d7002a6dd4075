import { describe, expect, it } from 'vitest';
import { validateCatalog } from './load.ts';
import { formatProblem } from './problems.ts';
import { broken } from './test-fixtures.ts';

type Edit = Parameters<typeof broken>[0];
type Obj = Record<string, unknown>;

function problemLines(edit: Edit): string[] {
	const result = validateCatalog(broken(edit));
	return result.ok ? [] : result.problems.map(formatProblem);
}

const params = (op: Obj) => op.parameters as Obj[];
const ANDROID = { only: 'android', reason: 'Android has it.' };
const IOS = { only: 'ios', reason: 'iOS has it.' };

describe('platform marks', () => {
	it('are accepted on an operation, a parameter and an output field', () => {
		expect(
			problemLines(({ ops }) => {
				ops[0]!.platform = ANDROID;
				params(ops[1]!)[1]!.platform = IOS;
				ops[1]!.output = [{ name: 'ok', type: 'boolean', description: 'Done.', example: true, platform: ANDROID }];
				params(ops[1]!).push({ name: 'context', type: 'context', description: 'The Context.', platform: ANDROID });
			}),
		).toStrictEqual([]);
	});

	it('check only the discriminator, wherever it stands, and no parameter of an operation without one', () => {
		expect(
			problemLines(({ ops }) => {
				const [action, ...rest] = params(ops[1]!);
				ops[1]!.parameters = [...rest, action];
				rest[0]!.platform = IOS;
				ops[0]!.parameters = [
					{ name: 'vin', type: 'string', description: 'The VIN.', example: 'VF3' },
					{ name: 'pin', type: 'string', description: 'The PIN.', example: '1234', platform: IOS },
				];
			}),
		).toStrictEqual([]);
	});

	const cases: Array<[string, Edit, string]> = [
		['a mark without a reason', ({ ops }) => void (ops[0]!.platform = { only: 'android', reason: ' ' }), 'content/apis/get-demo-phone.yaml: platform.reason: must say why in a short sentence'],
		[
			'an unknown platform',
			({ ops }) => void (params(ops[1]!)[1]!.platform = { only: 'windows', reason: 'No.' }),
			'content/apis/set-demo-code-add.yaml: parameters[1].platform.only: must be one of "android", "ios"',
		],
		[
			'an Android Context without the android mark',
			({ ops }) => void params(ops[1]!).push({ name: 'context', type: 'context', description: 'The Context.' }),
			'content/apis/set-demo-code-add.yaml: parameters[4].platform: an Android Context must be marked { only: android }',
		],
		[
			'a field of the other platform than its operation',
			({ ops }) => Object.assign(ops[1]!, { platform: ANDROID }) && void (params(ops[1]!)[1]!.platform = IOS),
			'content/apis/set-demo-code-add.yaml: parameters[1].platform: the operation is android-only, so this field cannot be ios-only',
		],
		[
			'a field marked like its operation',
			({ ops }) => Object.assign(ops[1]!, { platform: IOS }) && void (params(ops[1]!)[1]!.platform = IOS),
			'content/apis/set-demo-code-add.yaml: parameters[1].platform: redundant: the operation is already ios-only',
		],
		[
			'a nested field of the other platform than its object',
			({ ops }) => Object.assign(params(ops[1]!)[2]!, { platform: IOS }) && void ((params(ops[1]!)[2]!.fields as Obj[])[0]!.platform = ANDROID),
			'content/apis/set-demo-code-add.yaml: parameters[2].fields[0].platform: the field "options" is ios-only, so this field cannot be android-only',
		],
		[
			'a nested field marked like its object',
			({ ops }) => Object.assign(params(ops[1]!)[2]!, { platform: IOS }) && void ((params(ops[1]!)[2]!.fields as Obj[])[0]!.platform = IOS),
			'content/apis/set-demo-code-add.yaml: parameters[2].fields[0].platform: redundant: the field "options" is already ios-only',
		],
		[
			// An unmarked object passes its operation's mark, and its name, down to its fields.
			'a nested field of the other platform than its operation',
			({ ops }) => Object.assign(ops[1]!, { platform: ANDROID }) && void ((params(ops[1]!)[2]!.fields as Obj[])[0]!.platform = IOS),
			'content/apis/set-demo-code-add.yaml: parameters[2].fields[0].platform: the operation is android-only, so this field cannot be ios-only',
		],
		[
			'an output field of the other platform than its operation',
			({ ops }) => Object.assign(ops[0]!, { platform: IOS }) && void ((ops[0]!.output as Obj[])[0]!.platform = ANDROID),
			'content/apis/get-demo-phone.yaml: output[0].platform: the operation is ios-only, so this field cannot be android-only',
		],
		[
			'an Android Context marked for iOS',
			({ ops }) => void params(ops[1]!).push({ name: 'context', type: 'context', description: 'The Context.', platform: IOS }),
			'content/apis/set-demo-code-add.yaml: parameters[4].platform: an Android Context must be marked { only: android }',
		],
		[
			'a platform-only discriminator',
			({ ops }) => void (params(ops[1]!)[0]!.platform = IOS),
			'content/apis/set-demo-code-add.yaml: parameters[0].platform: the discriminator picks the operation on both SDKs; it cannot be platform-only',
		],
	];
	it.each(cases)('reject %s, naming the file and the field', (_name, edit, expected) => {
		expect(problemLines(edit)).toStrictEqual([expected]);
	});
});
