import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { releases } from './changelog.ts';

describe('releases', () => {
	it('lists versions newest first, with operations added in each and those updated after being added earlier', () => {
		const list = releases(fixtureCatalog());
		expect(list.map((r) => r.version)).toEqual(['2.1', '2.0']);
		expect(list[0]?.added.map((o) => o.slug)).toEqual([]);
		expect(list[0]?.updated.map((o) => o.slug)).toEqual(['get-demo-phone']);
		expect(list[1]?.added.map((o) => o.slug)).toEqual(['set-demo-code-add', 'get-demo-phone', 'subscribe-demo-signal']);
		expect(list[1]?.updated).toEqual([]);
	});

	it('orders versions numerically and treats 2.1 and 2.1.0 as one release', () => {
		const catalog = fixtureCatalog();
		const [a, b, c] = catalog.operations;
		if (!a || !b || !c) throw new Error('fixture changed');
		Object.assign(a, { since: '2.9', lastUpdate: '2.10' });
		Object.assign(b, { since: '2.10.0', lastUpdate: '2.10.0' });
		const list = releases(catalog);
		expect(list.map((r) => r.version)).toEqual(['2.10', '2.9', '2.0']);
		expect(list[0]?.added.map((o) => o.slug)).toEqual([b.slug]);
		expect(list[0]?.updated.map((o) => o.slug)).toEqual([a.slug]);
	});
});
