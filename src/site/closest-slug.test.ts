import { describe, expect, it } from 'vitest';
import { closestSlug, distance, requestedSlug } from './closest-slug.ts';

const slugs = ['get-authentication-trustedphonenumber', 'get-vehicle-connection', 'subscribe-vehicle-connection', 'set-vehicle-price', 'get-vehicle-price'];

describe('the 404 page finds the operation a mistyped address meant', () => {
	it('measures edit distance', () => {
		expect(distance('kitten', 'sitting')).toBe(3);
		expect(distance('', 'abc')).toBe(3);
	});
	it('reads the slug from /reference/<slug>/ under any base, and nothing from other paths', () => {
		expect(requestedSlug('/reference/get-vehicle-conection/', '/')).toBe('get-vehicle-conection');
		expect(requestedSlug('/some/sub/path/reference/Get_Vehicle_Price.md', '/some/sub/path/')).toBe('get-vehicle-price');
		expect(requestedSlug('/guides/nothing/', '/')).toBeUndefined();
		expect(requestedSlug('/reference/a/b/', '/')).toBeUndefined();
	});
	it('picks the nearest slug for a typo or a shortened name', () => {
		expect(closestSlug('get-vehicle-conection', slugs)).toBe('get-vehicle-connection');
		expect(closestSlug('get-authentication-trustedphone', slugs)).toBe('get-authentication-trustedphonenumber');
		expect(closestSlug('set-vehicle-prise', slugs)).toBe('set-vehicle-price');
	});
	it('suggests nothing when no slug is close', () => {
		expect(closestSlug('completely-unrelated-words-here', slugs)).toBeUndefined();
	});
});
