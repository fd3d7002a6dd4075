import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { documentedCall } from './call-shape.ts';
import { kotlinExample } from './kotlin.ts';
import { failedMessage, resultEvent, successMessage } from '../content-model/documented-messages.ts';
import { messageJson } from './messages.ts';
import { swiftExample } from './swift.ts';

const catalog = fixtureCatalog();
const op = (slug: string) => catalog.operations.find((o) => o.slug === slug)!;

describe('Kotlin examples', () => {
	it('writes a call without parameters in the published shape', () => {
		expect(kotlinExample(documentedCall(op('get-demo-phone')))).toBe(
			[
				'pims.get("pims.demo.phone"',
				'    /* no params */',
				') { message -> when (message["status"] as? String) {',
				'    "SUCCEEDED" -> { } // handle succeeded status',
				'    "FAILED" -> { } // handle failed status',
				'} }',
			].join('\n'),
		);
	});

	it('writes parameters as a map, nested objects and lists included', () => {
		expect(kotlinExample(documentedCall(op('set-demo-code-add')))).toBe(
			[
				'pims.set("pims.demo.code",',
				'    mapOf(',
				'        "action" to "add",',
				'        "smsCode" to 123456,',
				'        "options" to mapOf(',
				'            "level" to "low"',
				'        ),',
				'        "tags" to listOf("a")',
				'    )',
				') { message -> when (message["status"] as? String) {',
				'    "SUCCEEDED" -> { } // handle succeeded status',
				'    "FAILED" -> { } // handle failed status',
				'} }',
			].join('\n'),
		);
	});

	it('escapes Kotlin string templates', () => {
		expect(kotlinExample({ kind: 'get', name: 'pims.x', params: { price: '$5 "x"' } })).toContain('"price" to "\\$5 \\"x\\""');
	});

	it('writes the subscribe form with a RESULT branch and the unsubscribe call', () => {
		const text = kotlinExample(documentedCall(op('subscribe-demo-signal')));
		expect(text).toContain('pims.subscribe("pims.demo.signal"');
		expect(text).toContain('    "RESULT" -> { } // one event');
		expect(text).toContain('pims.unsubscribe("pims.demo.signal") { message ->');
	});
});

describe('Swift examples', () => {
	it('writes a call without parameters in the published shape, with correct status literals', () => {
		expect(swiftExample(documentedCall(op('get-demo-phone')))).toBe(
			[
				'pims.get(api: "pims.demo.phone"',
				'    /* no params */',
				') { (message) in',
				'    if message["status"] as? String == "SUCCEEDED" { } // handle succeeded status',
				'    else if message["status"] as? String == "FAILED" { } // handle failed status',
				'}',
			].join('\n'),
		);
	});

	it('writes parameters as a dictionary literal', () => {
		const text = swiftExample(documentedCall(op('set-demo-code-add')));
		expect(text).toContain(
			'pims.set(api: "pims.demo.code",\n    parameters: [\n        "action": "add",\n        "smsCode": 123456,\n        "options": [\n            "level": "low"\n        ],\n        "tags": ["a"]\n    ]\n) { (message) in',
		);
	});

	it('writes the subscribe form with a RESULT branch and the unsubscribe call', () => {
		const text = swiftExample(documentedCall(op('subscribe-demo-signal')));
		expect(text).toContain('else if message["status"] as? String == "RESULT" { }');
		expect(text).toContain('pims.unsubscribe(api: "pims.demo.signal") { (message) in');
	});
});

describe('messages', () => {
	it('prints a get success with its result, as the published page does', () => {
		expect(messageJson(successMessage(op('get-demo-phone')))).toBe('{\n  "transactionId": "953cfefb-bc72",\n  "status": "SUCCEEDED",\n  "result": {\n    "phoneNumber": "0612345678"\n  }\n}');
	});

	it('omits the result of a set without output and of a subscribe acknowledgement', () => {
		expect(successMessage(op('set-demo-code-add'))).toEqual({ transactionId: '953cfefb-bc72', status: 'SUCCEEDED' });
		expect(successMessage(op('subscribe-demo-signal'))).toEqual({ transactionId: '953cfefb-bc72', status: 'SUCCEEDED' });
		expect(resultEvent(op('subscribe-demo-signal')).result).toEqual({ level: 42.5 });
	});

	it('prints a failure with a numeric code and the catalogue label', () => {
		expect(messageJson(failedMessage(catalog, op('get-demo-phone'), 2307))).toBe(
			'{\n  "transactionId": "953cfefb-bc72",\n  "status": "FAILED",\n  "error": {\n    "code": 2307,\n    "label": "User dont have a phone number"\n  }\n}',
		);
	});

	it('fills [PARAMETER] with the first required parameter other than the discriminator', () => {
		expect(failedMessage(catalog, op('set-demo-code-add'), 2101).error).toEqual({ code: 2101, label: 'Missing smsCode parameter' });
	});
});

describe('Android context parameters', () => {
	it('are passed as the context variable in Kotlin and left out in Swift', () => {
		const call = { kind: 'set' as const, name: 'pims.x', params: { action: 'login' }, androidContext: ['context'] };
		expect(kotlinExample(call)).toContain('pims.set("pims.x",\n    mapOf(\n        "context" to context,\n        "action" to "login"\n    )\n)');
		expect(swiftExample(call)).not.toContain('context');
	});
	it('work when the context is the only parameter', () => {
		expect(kotlinExample({ kind: 'set', name: 'pims.x', params: undefined, androidContext: ['context'] })).toContain('mapOf(\n        "context" to context\n    )');
	});
});

describe('console examples', async () => {
	const { consoleExample } = await import('./javascript.ts');
	it('write the documented call as JavaScript with plain keys', () => {
		expect(consoleExample(op('set-demo-code-add'))).toContain('const message = await pims.set("pims.demo.code", {\n    action: "add",\n    smsCode: 123456,');
	});
	it('give subscriptions a callback and an unsubscribe', () => {
		const text = consoleExample(op('subscribe-demo-signal'));
		expect(text).toContain('await pims.subscribe("pims.demo.signal", undefined, (message) => {');
		expect(text).toContain('setTimeout(() => pims.unsubscribe("pims.demo.signal"), 5000);');
	});
});
