// The small browser-safe helpers of the content model, on the fixture catalogue: lookups, common codes, documented
// messages, examples, versions, slugs. Expected values are written out by hand from test-fixtures.ts.
import { describe, expect, it } from 'vitest';
import { componentByTag, effectiveSecurity, errorByCode, operationBySlug, operationsWithError, type Field } from './catalog.ts';
import { allErrors, commonErrors } from './common-errors.ts';
import { compareVersions } from './compare-versions.ts';
import { failedMessage, resultEvent, successMessage } from './documented-messages.ts';
import { exampleObject, exampleOf } from './examples.ts';
import { kebab, operationSlug, operationTitle } from './slug.ts';
import { fixtureCatalog } from './test-fixtures.ts';

const catalog = fixtureCatalog();
const op = (slug: string) => operationBySlug(catalog, slug);

describe('catalogue lookups', () => {
	it('find an entry or say which one is missing', () => {
		expect(errorByCode(catalog, 2307).label).toBe('User dont have a phone number');
		expect(() => errorByCode(catalog, 2999)).toThrow('error 2999 is not in the catalogue');
		expect(op('set-demo-code-add').api).toBe('pims.demo.code');
		expect(() => op('get-gone')).toThrow('no operation has the slug get-gone');
		expect(componentByTag(catalog, 'Demo').name).toBe('Demo');
		expect(() => componentByTag(catalog, 'Nope')).toThrow('no component has the tag Nope');
	});

	it('take an operation’s own security, else its components’ without repeats', () => {
		expect(effectiveSecurity(catalog, op('get-demo-phone'))).toEqual(['Authentication']);
		expect(effectiveSecurity(catalog, { ...op('get-demo-phone'), security: [] })).toEqual([]);
		const twoComponents: typeof catalog = {
			...catalog,
			components: [...catalog.components, { ...catalog.components[0]!, tag: 'Other', security: ['Authentication', 'Subscription'] }],
		};
		expect(effectiveSecurity(twoComponents, { ...op('get-demo-phone'), components: ['Demo', 'Other'] })).toEqual(['Authentication', 'Subscription']);
	});

	it('list the operations that document a code, in slug order', () => {
		expect(operationsWithError(catalog, 2001).map((o) => o.slug)).toEqual(['get-demo-phone', 'set-demo-code-add', 'subscribe-demo-signal']);
		expect(operationsWithError(catalog, 2307).map((o) => o.slug)).toEqual(['get-demo-phone']);
		expect(operationsWithError(catalog, 2999)).toEqual([]);
	});
});

describe('common errors', () => {
	const base = { api: 'pims.demo.x', parameters: [] as Field[], errors: [] as number[], discriminator: undefined };
	const field = (name: string, required: boolean, type: Field['type'] = 'string'): Field => ({ name, type, required, description: 'x' });

	it('adds 2001 to every call but initialize', () => {
		expect(commonErrors(base)).toEqual([2001]);
		expect(commonErrors({ ...base, api: 'pims.initialize' })).toEqual([]);
	});

	it('adds 2101 for a required parameter and 2102 for any parameter', () => {
		expect(commonErrors({ ...base, parameters: [field('vin', true)] })).toEqual([2001, 2101, 2102]);
		expect(commonErrors({ ...base, parameters: [field('vin', false)] })).toEqual([2001, 2102]);
	});

	it('does not count the discriminator or an Android context as parameters', () => {
		const discriminated = { ...base, parameters: [field('action', true)], discriminator: { parameter: 'action', value: 'add', match: 'value' as const } };
		expect(commonErrors(discriminated)).toEqual([2001]);
		expect(commonErrors({ ...base, parameters: [field('context', true, 'context')] })).toEqual([2001]);
	});

	it('leaves out the codes the operation already lists, and allErrors puts its own first', () => {
		expect(commonErrors({ ...base, parameters: [field('vin', true)], errors: [2101, 2001] })).toEqual([2102]);
		expect(allErrors({ ...base, parameters: [field('vin', true)], errors: [2307, 2102] })).toEqual([2307, 2102, 2001, 2101]);
	});
});

describe('documented messages', () => {
	it('a get always carries its result', () => {
		expect(successMessage(op('get-demo-phone'))).toEqual({ transactionId: '953cfefb-bc72', status: 'SUCCEEDED', result: { phoneNumber: '0612345678' } });
		expect(successMessage({ ...op('get-demo-phone'), output: [] }, 't1')).toEqual({ transactionId: 't1', status: 'SUCCEEDED', result: {} });
	});

	it('a set only when it has output, a subscribe acknowledgement never', () => {
		expect(successMessage(op('set-demo-code-add'))).toEqual({ transactionId: '953cfefb-bc72', status: 'SUCCEEDED' });
		const withOutput = { ...op('set-demo-code-add'), output: op('get-demo-phone').output };
		expect(successMessage(withOutput).result).toEqual({ phoneNumber: '0612345678' });
		expect(successMessage(op('subscribe-demo-signal'))).toEqual({ transactionId: '953cfefb-bc72', status: 'SUCCEEDED' });
	});

	it('a RESULT event carries the output examples', () => {
		expect(resultEvent(op('subscribe-demo-signal'))).toEqual({ transactionId: '953cfefb-bc72', status: 'RESULT', result: { level: 42.5 } });
		expect(resultEvent(op('subscribe-demo-signal'), 't2').transactionId).toBe('t2');
	});

	it('a FAILED message carries the code and the label filled for the operation', () => {
		expect(failedMessage(catalog, op('set-demo-code-add'), 2101)).toEqual({
			transactionId: '953cfefb-bc72',
			status: 'FAILED',
			error: { code: 2101, label: 'Missing smsCode parameter' },
		});
		expect(failedMessage(catalog, op('get-demo-phone'), 2307, 't3')).toEqual({ transactionId: 't3', status: 'FAILED', error: { code: 2307, label: 'User dont have a phone number' } });
	});
});

describe('examples', () => {
	it('build objects and lists of objects from their fields, leaving out Android contexts', () => {
		const fields: Field[] = [
			{ name: 'context', type: 'context', required: true, description: 'x' },
			{ name: 'vin', type: 'string', required: true, description: 'x', example: 'VF3' },
			{ name: 'door', type: 'object', required: true, description: 'x', fields: [{ name: 'open', type: 'boolean', required: true, description: 'x', example: true }] },
			{ name: 'trips', type: 'array', items: 'object', required: true, description: 'x', fields: [{ name: 'km', type: 'number', required: true, description: 'x', example: 12.5 }] },
			{ name: 'tags', type: 'array', items: 'string', required: true, description: 'x', example: ['a', 'b'] },
		];
		expect(exampleObject(fields)).toStrictEqual({ vin: 'VF3', door: { open: true }, trips: [{ km: 12.5 }], tags: ['a', 'b'] });
		expect(exampleOf({ name: 'empty', type: 'object', required: true, description: 'x' })).toStrictEqual({});
		expect(exampleOf({ name: 'none', type: 'array', items: 'object', required: true, description: 'x' })).toStrictEqual([{}]);
	});
});

describe('compareVersions', () => {
	it('orders versions part by part as numbers', () => {
		expect(compareVersions('2.10', '2.9')).toBeGreaterThan(0);
		expect(compareVersions('2.9', '2.10')).toBeLessThan(0);
		expect(compareVersions('3.0', '2.9')).toBeGreaterThan(0);
		expect(compareVersions('2.1', '2.1')).toBe(0);
		expect(compareVersions('2.1', '2.1.0')).toBe(0);
		expect(compareVersions('2.1.1', '2.1')).toBeGreaterThan(0);
		expect(compareVersions('2.1', '2.1.1')).toBeLessThan(0);
	});
});

describe('slugs and titles', () => {
	it('kebab-cases names', () => {
		expect(kebab('addPhoneNumber')).toBe('add-phone-number');
		expect(kebab('smscode')).toBe('smscode');
		expect(kebab('phone2Number')).toBe('phone2-number');
		expect(kebab('_odd name_')).toBe('odd-name');
		expect(kebab('odd  - name')).toBe('odd-name');
		expect(kebab('ABC')).toBe('abc');
	});

	it('joins method, API parts and subname; lifecycle entries have no method', () => {
		expect(operationSlug({ method: 'set', api: 'pims.authentication.smscode', discriminator: { value: 'addPhoneNumber' } })).toBe('set-authentication-smscode-add-phone-number');
		expect(operationSlug({ method: 'get', api: 'pims.vehicle.fuelLevel' })).toBe('get-vehicle-fuel-level');
		expect(operationSlug({ method: 'lifecycle', api: 'pims.initialize' })).toBe('initialize');
	});

	it('titles an operation by its API, then its subname', () => {
		expect(operationTitle({ api: 'pims.authentication.smscode', discriminator: { value: 'addPhoneNumber' } })).toBe('pims.authentication.smscode - addPhoneNumber');
		expect(operationTitle({ api: 'pims.initialize' })).toBe('pims.initialize');
	});
});
