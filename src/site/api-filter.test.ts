import { describe, expect, it } from 'vitest';
import { countText, filterQuery, matches, NO_FILTER, readFilter, searchText, type IndexRow } from './api-filter.ts';

const row: IndexRow = {
	text: searchText(['pims.authentication.smscode - addPhoneNumber', 'set-authentication-smscode-add-phone-number', 'set', 'Registers a number.', 'StrongAuthentication', 'Enrollment', 2307]),
	method: 'set',
	components: ['StrongAuthentication'],
	since: '2.0',
	lastUpdate: '2.1',
};
const offered = { methods: ['get', 'set', 'subscribe', 'lifecycle'], components: ['StrongAuthentication', 'O2X'], versions: ['2.2', '2.1', '2.0'] };

describe('matches', () => {
	it('matches every word of the query in any order and case, ignoring a lone dash', () => {
		expect(matches(row, { ...NO_FILTER, q: 'smscode addPhoneNumber' })).toBe(true);
		expect(matches(row, { ...NO_FILTER, q: 'ADDPHONENUMBER  smscode' })).toBe(true);
		expect(matches(row, { ...NO_FILTER, q: 'pims.authentication.smscode - addPhoneNumber' })).toBe(true);
		expect(matches(row, { ...NO_FILTER, q: '2307' })).toBe(true);
		expect(matches(row, { ...NO_FILTER, q: 'smscode trips' })).toBe(false);
	});

	it('filters by method and component', () => {
		expect(matches(row, { ...NO_FILTER, method: 'set', component: 'StrongAuthentication' })).toBe(true);
		expect(matches(row, { ...NO_FILTER, method: 'get' })).toBe(false);
		expect(matches(row, { ...NO_FILTER, component: 'O2X' })).toBe(false);
		expect(matches(row, NO_FILTER)).toBe(true);
	});

	it("keeps operations of both platforms and of the chosen one, and hides the other platform's", () => {
		const android = { ...row, only: 'android' };
		expect(matches(row, { ...NO_FILTER, sdk: 'ios' })).toBe(true);
		expect(matches(android, { ...NO_FILTER, sdk: 'android' })).toBe(true);
		expect(matches(android, { ...NO_FILTER, sdk: 'ios' })).toBe(false);
		expect(readFilter('?sdk=windows', offered).sdk).toBe('');
	});

	it('combines the version filter with the others', () => {
		expect(matches(row, { ...NO_FILTER, method: 'set', available: '2.0', changed: '2.1' })).toBe(true);
		expect(matches(row, { ...NO_FILTER, method: 'set', changed: '2.2' })).toBe(false);
		expect(matches(row, { ...NO_FILTER, method: 'get', available: '2.0' })).toBe(false);
	});
});

describe('the filter in the URL', () => {
	it('round-trips through the query string, leaving out empty parts', () => {
		const f = { q: 'sms code', method: 'set', component: 'O2X', sdk: 'ios', available: '2.1', changed: '2.0' };
		expect(filterQuery(f)).toBe('?q=sms+code&method=set&component=O2X&sdk=ios&available=2.1&changed=2.0');
		expect(readFilter(filterQuery(f), offered)).toEqual(f);
		expect(filterQuery(NO_FILTER)).toBe('');
		expect(filterQuery({ ...NO_FILTER, q: '  ' })).toBe('');
	});

	it('drops values that are not offered and accepts a tag in any case', () => {
		expect(readFilter('?method=post&component=nope', offered)).toEqual(NO_FILTER);
		expect(readFilter('?component=strongauthentication', offered).component).toBe('StrongAuthentication');
	});
});

it('counts as "n of total operations"', () => {
	expect(countText(12, 93)).toBe('12 of 93 operations');
	expect(countText(0, 1)).toBe('0 of 1 operation');
});
