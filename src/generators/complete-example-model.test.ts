// The complete example as call-model data, before any printer: which reads, which handlers, which error it branches on.
import { describe, expect, it } from 'vitest';
import type { Field, Operation } from '../content-model/catalog.ts';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { completeExample, handledError } from './complete-example.ts';

const catalog = fixtureCatalog();
const op = (slug: string) => catalog.operations.find((o) => o.slug === slug)!;
const labelOf = (code: number) => `label ${code}`;
const LABEL_READ = {
	kind: 'code',
	lines: { kotlin: ['val label = (message["error"] as? Map<*, *>)?.get("label") as? String'], swift: ['let label = (message["error"] as? [String: Any])?["label"] as? String ?? ""'] },
};
const OTHERWISE = [{ kind: 'code', lines: { kotlin: ['println("failed: $code $label")'], swift: ['print("failed:", code, label)'] } }];
const field = (name: string, type: Field['type'], extra: Partial<Field> = {}): Field => ({ name, type, required: true, description: 'A field.', ...extra });

describe('handledError', () => {
	const withErrors = (errors: number[]): Operation => ({ ...op('get-demo-phone'), errors });
	it("prefers the operation's own codes (2300 and up), then any but 2001, then 2001", () => {
		expect(handledError(withErrors([2001, 2101, 2300]))).toBe(2300);
		expect(handledError(withErrors([2001, 2299]))).toBe(2299);
		expect(handledError(withErrors([2001]))).toBe(2001);
		expect(handledError(withErrors([]))).toBeUndefined();
	});
});

describe('completeExample', () => {
	it('a get reads its output and branches on its own error', () => {
		expect(completeExample(op('get-demo-phone'), 'android', labelOf)).toEqual({
			steps: [
				{
					comments: [],
					call: {
						kind: 'get',
						name: 'pims.demo.phone',
						params: undefined,
						handlers: [
							{
								status: 'SUCCEEDED',
								body: [
									{
										kind: 'code',
										lines: {
											kotlin: ['val result = message["result"] as? Map<*, *>', 'val phoneNumber = result?.get("phoneNumber") as? String', 'println(listOf(phoneNumber))'],
											swift: ['let result = message["result"] as? [String: Any]', 'let phoneNumber = result?["phoneNumber"] as? String', 'print(phoneNumber)'],
										},
									},
								],
							},
							{ status: 'FAILED', body: [LABEL_READ, { kind: 'switch-code', cases: [{ code: 2307, body: [{ kind: 'comment', text: 'label 2307' }] }], otherwise: OTHERWISE }] },
						],
					},
				},
			],
		});
	});

	it('a call without output says so, and an operation without errors has only the fallback branch', () => {
		const set = { ...op('set-demo-code-add'), errors: [] };
		const [step] = completeExample(set, 'ios', labelOf).steps;
		expect(step?.call.handlers).toEqual([
			{ status: 'SUCCEEDED', body: [{ kind: 'comment', text: 'done: this call returns no data' }] },
			{ status: 'FAILED', body: [LABEL_READ, { kind: 'switch-code', cases: [], otherwise: OTHERWISE }] },
		]);
		expect(step?.call.params).toEqual({ action: 'add', smsCode: 123456, options: { level: 'low' }, tags: ['a'] });
	});

	it('a subscription acknowledges, reads each event, and is stopped later', () => {
		const { steps } = completeExample(op('subscribe-demo-signal'), 'android', labelOf);
		expect(steps.map((s) => s.comments)).toEqual([[], ['when the screen goes away, stop the events']]);
		expect(steps[0]?.call.handlers.map((h) => [h.status, h.body.at(-1)])).toEqual([
			['SUCCEEDED', { kind: 'comment', text: 'subscribed: RESULT events follow' }],
			['FAILED', { kind: 'switch-code', cases: [{ code: 2005, body: [{ kind: 'comment', text: 'label 2005' }] }], otherwise: OTHERWISE }],
			['RESULT', { kind: 'comment', text: 'an event may carry message["error"] instead; the subscription goes on' }],
		]);
		expect(steps[0]?.call.handlers[2]?.body[0]).toEqual({
			kind: 'code',
			lines: {
				kotlin: ['val result = message["result"] as? Map<*, *>', 'val level = (result?.get("level") as? Number)?.toDouble()', 'println(listOf(level))'],
				swift: ['let result = message["result"] as? [String: Any]', 'let level = result?["level"] as? Double', 'print(level)'],
			},
		});
		expect(steps[1]?.call).toEqual({
			kind: 'unsubscribe',
			name: 'pims.demo.signal',
			handlers: [
				{ status: 'SUCCEEDED', body: [{ kind: 'comment', text: 'no more events' }] },
				{
					status: 'FAILED',
					body: [
						{
							kind: 'code',
							lines: {
								kotlin: ['val error = message["error"] as? Map<*, *>', 'println("not stopped: ${error?.get("code")} ${error?.get("label")}")'],
								swift: ['let error = message["error"] as? [String: Any]', 'print("not stopped:", error?["code"] as? Int ?? 0, error?["label"] as? String ?? "")'],
							},
						},
					],
				},
			],
		});
	});

	it('reads every field type with its cast, renames taken names, and skips contexts and the other SDK’s fields', () => {
		const output = [
			field('text', 'string'),
			field('count', 'integer'),
			field('ratio', 'number'),
			field('on', 'boolean'),
			field('code', 'object', { fields: [field('x', 'string')] }),
			field('list', 'array', { items: 'string' }),
			field('context', 'context', { platform: { only: 'android', reason: 'Android only.' } }),
			field('iosOnly', 'string', { platform: { only: 'ios', reason: 'iOS only.' } }),
		];
		const read = (platform: 'android' | 'ios') => completeExample({ ...op('get-demo-phone'), output }, platform, labelOf).steps[0]?.call.handlers[0]?.body[0];
		expect(read('android')).toEqual({
			kind: 'code',
			lines: {
				kotlin: [
					'val result = message["result"] as? Map<*, *>',
					'val text = result?.get("text") as? String',
					'val count = (result?.get("count") as? Number)?.toInt()',
					'val ratio = (result?.get("ratio") as? Number)?.toDouble()',
					'val on = result?.get("on") as? Boolean',
					'val codeValue = result?.get("code") as? Map<*, *>',
					'val list = result?.get("list") as? List<*>',
					'println(listOf(text, count, ratio, on, codeValue, list))',
				],
				swift: [
					'let result = message["result"] as? [String: Any]',
					'let text = result?["text"] as? String',
					'let count = result?["count"] as? Int',
					'let ratio = result?["ratio"] as? Double',
					'let on = result?["on"] as? Bool',
					'let codeValue = result?["code"] as? [String: Any]',
					'let list = result?["list"] as? [Any]',
					'print(text, count, ratio, on, codeValue, list)',
				],
			},
		});
		const ios = read('ios');
		expect(ios?.kind === 'code' && ios.lines.swift?.at(-1)).toBe('print(text, count, ratio, on, codeValue, list, iosOnly)');
	});
});
