import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../content-model/node.ts';
import { callContextAt, type CallContext } from './call-context.ts';
import { apiDetail, apisOf, apiText, editorHelp, keyText, valuesFor, valueText } from './editor-help.ts';

const help = editorHelp(loadCatalog());
const page = (slug: string) => `https://pims.test/reference/${slug}/`;
const at = (marked: string): CallContext => {
	const offset = marked.indexOf('|');
	const where = callContextAt(marked.slice(0, offset) + marked.slice(offset + 1), offset);
	if (!where) throw new Error(`no call context in ${marked}`);
	return where;
};
const param = (marked: string) => {
	const where = at(marked);
	if (where.kind === 'api') throw new Error('expected a parameter');
	return where;
};

describe('the editor help, from the catalogue', () => {
	it('offers the API names of a method, subscriptions for unsubscribe', () => {
		expect(apisOf(help, 'set')).toContain('pims.authentication.smscode');
		expect(apisOf(help, 'get')).not.toContain('pims.sdk.configuration');
		expect(apisOf(help, 'unsubscribe')).toEqual(apisOf(help, 'subscribe'));
	});

	it('describes an API name by each operation: title, summary, since, errors with labels, page', () => {
		const text = apiText(help, 'set', 'pims.authentication.smscode', page) ?? '';
		expect(text).toContain('**pims.authentication.smscode - addPhoneNumber** (set), since v2.0');
		expect(text).toContain("Confirms an SMS code and registers the phone number as the account's first trusted number.");
		expect(text).toContain('`2001` Facade not initialized');
		expect(text).toContain('`2101` Missing [PARAMETER] parameter');
		expect(text).toContain('(https://pims.test/reference/set-authentication-smscode-add-phone-number/)');
		expect(apiDetail(help, 'set', 'pims.authentication.smscode')).toMatch(/^3 operations: .*addPhoneNumber/);
		expect(apiText(help, 'get', 'pims.no.such', page)).toBeUndefined();
	});

	it('describes a parameter of the operation its discriminator picks', () => {
		const code = 'pims.set("pims.authentication.smscode", { action: "enrollment", sms|Code: 1 })';
		const text = keyText(help, param(code), 'smsCode', page) ?? '';
		expect(text).toContain('**smsCode**: integer, required');
		expect(text).toContain('The code from the SMS requested with GET smscode enrollment.');
		expect(text).toContain('Example: `123456`');
		expect(text).toContain('reference/set-authentication-smscode-enrollment/');
		expect(text).not.toContain('add-phone-number');
	});

	it("lists a discriminator key's values with what each selects", () => {
		const text = keyText(help, param('pims.set("pims.authentication.smscode", { act|ion: "enrollment" })'), 'action', page) ?? '';
		expect(text).toContain('- `"addPhoneNumber"`: Register a first trusted phone number. (pims.authentication.smscode - addPhoneNumber)');
		expect(text).toContain('- `"enrollment"`: Check a code sent for the enrolment of this device.');
	});

	it('gives a nested parameter its range and unit', () => {
		const text = keyText(help, param('pims.set("pims.sdk.configuration", { monitoring: { newLogTime|Duration: 42 } })'), 'newLogTimeDuration', page) ?? '';
		expect(text).toContain('**newLogTimeDuration**: integer, optional');
		expect(text).toContain('Range: 5 to 1440 minutes.');
	});

	it('offers and explains the string values of a key', () => {
		const where = param('pims.set("pims.sdk.configuration", { monitoring: { newLogFile: "|" } })');
		expect(valuesFor(help, where).map((v) => v.value)).toEqual(['appLaunch', 'day', 'duration']);
		expect(valueText(help, { ...where, value: 'day' }, page)).toContain('`"day"` for **newLogFile**: Each new day.');
		const pick = param('pims.set("pims.authentication.smscode", { action: "enroll|ment" })');
		expect(valueText(help, pick, page)).toContain('**pims.authentication.smscode - enrollment** (set)');
	});
});
