import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { documentedCall } from '../generators/index.ts';
import { overrideCall, undeclaredKeys } from './call-override.ts';
import { codeSpan, commonPathPrefix, errorsOfFamily, eventErrorMessage, fieldAtPath, FAMILIES, templatedErrors } from './catalogue.ts';
import { errorCases, kotlinErrorSwitch, swiftErrorSwitch } from './error-switch.ts';

const catalog = fixtureCatalog();
const op = (slug: string) => catalog.operations.find((o) => o.slug === slug)!;

describe('overrideCall', () => {
	const add = op('set-demo-code-add');

	it('returns the documented call when nothing is overridden', () => {
		expect(overrideCall(add, {})).toEqual(documentedCall(add));
	});

	it('replaces top-level values, objects whole, and keeps the rest in content order', () => {
		const call = overrideCall(add, { params: { smsCode: 654321, options: { level: 'high' } } });
		expect(call.params).toEqual({ action: 'add', smsCode: 654321, options: { level: 'high' }, tags: ['a'] });
		expect(Object.keys(call.params ?? {})).toEqual(['action', 'smsCode', 'options', 'tags']);
	});

	it('leaves out optional parameters', () => {
		expect(overrideCall(add, { omit: ['options', 'tags'] }).params).toEqual({ action: 'add', smsCode: 123456 });
	});

	it('refuses a required parameter left out, naming it as the SDK would (2101)', () => {
		expect(() => overrideCall(add, { omit: ['smsCode'] })).toThrow(/set-demo-code-add.*Missing smsCode parameter \(2101\)/);
	});

	it('refuses values of the wrong type or outside the allowed values (2102), nested ones by path', () => {
		expect(() => overrideCall(add, { params: { smsCode: 'abc' } })).toThrow(/Invalid smsCode parameter \(2102\)/);
		expect(() => overrideCall(add, { params: { options: { level: 'medium' } } })).toThrow(/Invalid options\.level parameter/);
		expect(() => overrideCall(add, { params: { tags: [1] } })).toThrow(/Invalid tags parameter/);
	});

	it('refuses parameters the operation does not declare, at any depth', () => {
		expect(() => overrideCall(add, { params: { smscode: 1 } })).toThrow(/smscode is not a parameter/);
		expect(() => overrideCall(add, { params: { options: { level: 'low', colour: 'red' } } })).toThrow(/options\.colour is not a parameter/);
		expect(() => overrideCall(add, { omit: ['nothing'] })).toThrow(/nothing is not a parameter/);
	});

	it('refuses a changed or missing discriminator, which would reach another operation', () => {
		expect(() => overrideCall(add, { params: { action: 'remove' } })).toThrow(/action must stay "add"/);
		expect(() => overrideCall(add, { omit: ['action'] })).toThrow(/action must stay "add"/);
		expect(() => overrideCall(add, { params: { action: 'add' } })).not.toThrow();
	});

	it('undeclaredKeys finds nothing in the documented parameters', () => {
		expect(undeclaredKeys(add.parameters, documentedCall(add).params ?? {})).toEqual([]);
	});
});

describe('error switch examples', () => {
	const phone = op('get-demo-phone');

	it('branches on every documented code in ascending order, with the catalogue label', () => {
		expect(errorCases(catalog, phone)).toEqual([
			{ code: 2001, label: 'Facade not initialized' },
			{ code: 2307, label: 'User dont have a phone number' },
		]);
	});

	it('refuses a code the operation does not document, and subscriptions', () => {
		expect(() => errorCases(catalog, phone, [2005])).toThrow(/does not document error 2005/);
		expect(() => errorCases(catalog, op('subscribe-demo-signal'))).toThrow(/subscription/);
	});

	it('writes Kotlin with a when on the code in the FAILED branch', () => {
		expect(kotlinErrorSwitch(phone, errorCases(catalog, phone))).toBe(
			[
				'pims.get("pims.demo.phone"',
				'    /* no params */',
				') { message -> when (message["status"] as? String) {',
				'    "SUCCEEDED" -> { } // handle succeeded status',
				'    "FAILED" -> {',
				'        val code = (message["error"] as? Map<*, *>)?.get("code") as? Int',
				'        when (code) {',
				'            2001 -> { } // Facade not initialized',
				'            2307 -> { } // User dont have a phone number',
				'            else -> { } // any other code',
				'        }',
				'    }',
				'} }',
			].join('\n'),
		);
	});

	it('writes Swift with a switch on the code in the FAILED branch', () => {
		expect(swiftErrorSwitch(phone, errorCases(catalog, phone, [2307]))).toBe(
			[
				'pims.get(api: "pims.demo.phone"',
				'    /* no params */',
				') { (message) in',
				'    if message["status"] as? String == "SUCCEEDED" { } // handle succeeded status',
				'    else if message["status"] as? String == "FAILED" {',
				'        let code = (message["error"] as? [String: Any])?["code"] as? Int ?? 0',
				'        switch code {',
				'        case 2307: break // User dont have a phone number',
				'        default: break // any other code',
				'        }',
				'    }',
				'}',
			].join('\n'),
		);
	});
});

describe('catalogue helpers', () => {
	it('splits the catalogue into its families, each code once', () => {
		const all = FAMILIES.flatMap((f) => errorsOfFamily(catalog, f).map((e) => e.code));
		expect(all.sort()).toEqual(catalog.errors.map((e) => e.code).sort());
		expect(errorsOfFamily(catalog, 'input').map((e) => e.code)).toEqual([2101, 2102]);
		expect(() => errorsOfFamily(catalog, 'other' as never)).toThrow(/unknown error family/);
	});

	it('summarises codes: all of up to four, else the lowest and highest', () => {
		const entries = (codes: number[]) => codes.map((code) => ({ code, family: 'generic' as const, label: 'x', placeholders: [], description: 'x' }));
		expect(codeSpan(entries([2102, 2101]))).toBe('2101, 2102');
		expect(codeSpan(entries([2005, 2001, 2003, 2007, 2002]))).toBe('2001 to 2007');
		expect(codeSpan([])).toBe('none');
	});

	it('lists templated labels, each with its placeholders in brackets', () => {
		const templated = templatedErrors(catalog);
		expect(templated.map((e) => e.code)).toEqual([2101, 2102]);
		for (const e of templated) for (const p of e.placeholders) expect(e.label).toContain(`[${p}]`);
	});

	it('builds an error event as a RESULT message, only for subscriptions and their codes', () => {
		expect(eventErrorMessage(catalog, op('subscribe-demo-signal'), 2202)).toEqual({
			transactionId: '953cfefb-bc72',
			status: 'RESULT',
			error: { code: 2202, label: 'Network problem : No internet' },
		});
		expect(() => eventErrorMessage(catalog, op('subscribe-demo-signal'), 2307)).toThrow(/does not document/);
		expect(() => eventErrorMessage(catalog, op('get-demo-phone'), 2307)).toThrow(/not a subscription/);
	});

	it('finds fields by dotted path and names the first missing part', () => {
		const add = op('set-demo-code-add');
		expect(fieldAtPath(add.parameters, 'options.level').values?.map((v) => v.value)).toEqual(['low', 'high']);
		expect(() => fieldAtPath(add.parameters, 'options.colour.hue')).toThrow('no field options.colour');
	});

	it('finds the dotted prefix shared by field paths, always leaving a part of each', () => {
		expect(commonPathPrefix(['vehicle.status.doors.state', 'vehicle.status.energy.level', 'vehicle.status.vin'])).toBe('vehicle.status');
		expect(commonPathPrefix(['a.b', 'a.b.c'])).toBe('a');
		expect(commonPathPrefix(['a.b', 'c.d'])).toBe('');
		expect(commonPathPrefix(['a.b.c'])).toBe('');
	});
});
