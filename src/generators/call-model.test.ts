import { describe, expect, it } from 'vitest';
import { STATUS } from '../sdk/index.ts';
import { comment, documentedExample, withHandler, type Example, type Statement } from './call-model.ts';
import { printJavaScript } from './javascript.ts';
import { printKotlin } from './kotlin.ts';
import { printSwift } from './swift.ts';

const get = documentedExample({ kind: 'get', name: 'pims.demo.phone', params: { vin: 'V1' } });

/** A typed read of the result, written per language, as a complete example would. */
const readPhone: Statement = {
	kind: 'code',
	lines: {
		kotlin: ['val result = message["result"] as? Map<*, *>', 'val phone = result?.get("phoneNumber") as? String'],
		swift: ['let result = message["result"] as? [String: Any]', 'let phone = result?["phoneNumber"] as? String'],
		javascript: ['const phone = message.result?.phoneNumber;'],
	},
};
const onFailure: Statement = {
	kind: 'switch-code',
	cases: [
		{ code: 2307, body: [readPhone] },
		{ code: 2001, body: [comment('initialize first')] },
	],
	otherwise: [],
};

describe('the call model', () => {
	const example = withHandler(withHandler(get, STATUS.succeeded, [readPhone]), STATUS.failed, [onFailure]);

	it('prints handler bodies with arbitrary statements and a switch over the code, in Kotlin', () => {
		expect(printKotlin(example)).toBe(
			[
				'pims.get("pims.demo.phone",',
				'    mapOf(',
				'        "vin" to "V1"',
				'    )',
				') { message -> when (message["status"] as? String) {',
				'    "SUCCEEDED" -> {',
				'        val result = message["result"] as? Map<*, *>',
				'        val phone = result?.get("phoneNumber") as? String',
				'    }',
				'    "FAILED" -> {',
				'        val code = (message["error"] as? Map<*, *>)?.get("code") as? Int',
				'        when (code) {',
				'            2307 -> {',
				'                val result = message["result"] as? Map<*, *>',
				'                val phone = result?.get("phoneNumber") as? String',
				'            }',
				'            2001 -> { } // initialize first',
				'            else -> { }',
				'        }',
				'    }',
				'} }',
			].join('\n'),
		);
	});

	it('prints the same model in Swift, cases at the switch’s indent', () => {
		expect(printSwift(example)).toBe(
			[
				'pims.get(api: "pims.demo.phone",',
				'    parameters: [',
				'        "vin": "V1"',
				'    ]',
				') { (message) in',
				'    if message["status"] as? String == "SUCCEEDED" {',
				'        let result = message["result"] as? [String: Any]',
				'        let phone = result?["phoneNumber"] as? String',
				'    }',
				'    else if message["status"] as? String == "FAILED" {',
				'        let code = (message["error"] as? [String: Any])?["code"] as? Int ?? 0',
				'        switch code {',
				'        case 2307:',
				'            let result = message["result"] as? [String: Any]',
				'            let phone = result?["phoneNumber"] as? String',
				'        case 2001: break // initialize first',
				'        default: break',
				'        }',
				'    }',
				'}',
			].join('\n'),
		);
	});

	it('prints the same model in JavaScript, with a callback because it has handlers', () => {
		expect(printJavaScript(example)).toBe(
			[
				'const message = await pims.get("pims.demo.phone", {',
				'    vin: "V1"',
				'}, (message) => {',
				'    if (message.status === "SUCCEEDED") {',
				'        const phone = message.result?.phoneNumber;',
				'    }',
				'    else if (message.status === "FAILED") {',
				'        switch (message.error?.code) {',
				'            case 2307:',
				'                const phone = message.result?.phoneNumber;',
				'                break;',
				'            case 2001: break; // initialize first',
				'            default: break;',
				'        }',
				'    }',
				'});',
				'',
			].join('\n'),
		);
	});

	it('prints a subscription with its unsubscribe step, and a callback for every message', () => {
		const sub: Example = documentedExample({ kind: 'subscribe', name: 'pims.demo.signal', params: undefined });
		expect(sub.steps.map((s) => [s.comments, s.call.kind])).toEqual([
			[[], 'subscribe'],
			[['later, to stop the events'], 'unsubscribe'],
		]);
		const every: Example = { steps: [{ comments: ['events'], call: { kind: 'subscribe', name: 'pims.x', handlers: [{ status: 'any', body: [comment('each message')] }] } }] };
		expect(printKotlin(every)).toBe('// events\npims.subscribe("pims.x"\n    /* no params */\n) { message ->\n    // each message\n}');
		expect(printSwift(every)).toBe('// events\npims.subscribe(api: "pims.x"\n    /* no params */\n) { (message) in\n    // each message\n}');
	});

	it('refuses a code statement without the printer’s language, and a handler the call does not have', () => {
		const kotlinOnly = withHandler(get, STATUS.succeeded, [{ kind: 'code', lines: { kotlin: ['println(message)'] } }]);
		expect(printKotlin(kotlinOnly)).toContain('        println(message)');
		expect(() => printSwift(kotlinOnly)).toThrow('a code statement has no swift lines');
		expect(() => withHandler(get, STATUS.result, [])).toThrow('the example’s first call has no RESULT handler'.replace('’', "'"));
	});
});
