import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content-model/load.ts';
import { buildSidebar } from './sidebar.ts';

const catalog = loadCatalog();
const sidebar = buildSidebar(catalog);
type Entry = (typeof sidebar)[number];
const label = (e: Entry) => e.label;
const items = (e: Entry | undefined) => (e && 'items' in e ? e.items : []);

describe('buildSidebar', () => {
	it('lists the API index, the error codes, the changelog and the corrections under Reference', () => {
		const reference = sidebar.find((e) => e.label === 'Reference');
		expect(items(reference).map((i) => ('link' in i ? [i.label, i.link] : []))).toEqual([
			['API index', '/reference/'],
			['Error codes', '/reference/errors/'],
			['Changelog', '/reference/changelog/'],
			['Corrections', '/reference/corrections/'],
		]);
	});

	it('opens each component group with its Overview page, then its operations with their method badges', () => {
		for (const c of catalog.components) {
			const group = sidebar.find((e) => label(e) === `${c.icon} ${c.name}`);
			const [first, ...rest] = items(group);
			expect(first && 'link' in first ? [first.label, first.link] : undefined).toEqual(['Overview', `/reference/components/${c.tag.toLowerCase()}/`]);
			const ops = catalog.operations.filter((o) => o.components.includes(c.tag));
			expect(rest.map((i) => ('link' in i ? i.link : ''))).toEqual(ops.map((o) => `/reference/${o.slug}/`));
			expect(rest.every((i) => 'badge' in i && i.badge !== undefined)).toBe(true);
		}
	});
});
