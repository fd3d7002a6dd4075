// Pins the size of the real catalogue, so that an operation or component dropped by a bad edit or a loader change fails a test.
import { describe, expect, it } from 'vitest';
// The Node entry, which `npm run test:mutation` serves from a snapshot: the real content is not what is tested here.
import { loadCatalog } from './node.ts';

describe('the project catalogue', () => {
	const catalog = loadCatalog();

	it('has exactly 91 get/set/subscribe operations and the two lifecycle entries', () => {
		const calls = catalog.operations.filter((o) => o.method !== 'lifecycle');
		expect(calls.length).toBe(91);
		expect(calls.every((o) => ['get', 'set', 'subscribe'].includes(o.method))).toBe(true);
		expect(
			catalog.operations
				.filter((o) => o.method === 'lifecycle')
				.map((o) => o.slug)
				.sort(),
		).toEqual(['initialize', 'release']);
		expect(catalog.operations.length).toBe(93);
	});

	it('has exactly 12 components, each with at least one operation', () => {
		expect(catalog.components.length).toBe(12);
		const empty = catalog.components.filter((c) => !catalog.operations.some((o) => o.components.includes(c.tag))).map((c) => c.tag);
		expect(empty).toEqual([]);
	});
});
