import { describe, expect, it } from 'vitest';
import { callContextAt } from './call-context.ts';

/** The context where `|` stands in the code (the bar itself removed). */
const at = (marked: string) => {
	const offset = marked.indexOf('|');
	return callContextAt(marked.slice(0, offset) + marked.slice(offset + 1), offset);
};

describe('the call context at a position', () => {
	it('is the API name inside the first string of pims.get, even unfinished', () => {
		expect(at('await pims.get("pims.authentication.|')).toMatchObject({ kind: 'api', method: 'get', api: 'pims.authentication.', start: 16, end: 36 });
		expect(at("pims.subscribe('pims.vehicle.loc|ation', cb)")).toMatchObject({ kind: 'api', method: 'subscribe', api: 'pims.vehicle.location' });
		expect(at('pims.unsubscribe("|")')).toMatchObject({ kind: 'api', method: 'unsubscribe', api: '' });
	});

	it('is nothing in other calls, other arguments, comments and plain strings', () => {
		expect(at('console.log("pims.auth|")')).toBeUndefined();
		expect(at('other.get("pims.auth|")')).toBeUndefined();
		expect(at('pims.get(name, "pims.auth|")')).toBeUndefined();
		expect(at('// pims.get("pims.auth|")')).toBeUndefined();
		expect(at('const s = "pims.get(|"')).toBeUndefined();
		expect(at('pims.get(prefix + ".tok|en")')).toBeUndefined();
		expect(at('pims.get(`pims.auth|`)')).toBeUndefined();
	});

	it('is a parameter key in the params object, with the API and the values given so far', () => {
		const code = 'await pims.set("pims.authentication.smscode", {\n  action: "addPhoneNumber",\n  smsCd|oe: 123456,\n  phoneNumber: "06",\n});';
		expect(at(code)).toMatchObject({ kind: 'key', method: 'set', api: 'pims.authentication.smscode', path: [], key: 'smsCdoe', given: { action: 'addPhoneNumber', phoneNumber: '06' } });
	});

	it('is an empty key right after { or a comma', () => {
		expect(at('pims.get("pims.authentication.otp", {|})')).toMatchObject({ kind: 'key', key: '', api: 'pims.authentication.otp' });
		expect(at('pims.get("pims.authentication.otp", { action: "withPIN", |')).toMatchObject({ kind: 'key', key: '', given: { action: 'withPIN' } });
	});

	it('is a value in a string after a key, nested keys giving the path', () => {
		expect(at('pims.get("pims.authentication.token", { type: "cv|s" })')).toMatchObject({ kind: 'value', key: 'type', value: 'cvs', path: [] });
		expect(at('pims.set("x.y", { list: [{ kind: "|" }] })')).toMatchObject({ kind: 'value', key: 'kind', path: ['list'] });
	});

	it('is nothing on a value that is not a string, or outside the params', () => {
		expect(at('pims.set("x.y", { a: 12|3 })')).toBeUndefined();
		expect(at('pims.set("x.y", { a: 1 }, (m) => { const k|ey = 1; })')).toBeUndefined();
		expect(at('const o = { ke|y: "v" };')).toBeUndefined();
	});
});
