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

	it('labels operations with their method and full name without pims., so that no two read alike', () => {
		const byLink = new Map(
			sidebar
				.flatMap((e) => items(e))
				.flatMap((g) => ('items' in g ? g.items : [g]))
				.flatMap((i) => ('link' in i ? [[i.link, i.label] as const] : [])),
		);
		expect(byLink.get('/reference/get-vehicle-connection/')).toBe('GET vehicle.connection');
		expect(byLink.get('/reference/subscribe-vehicle-connection/')).toBe('SUB vehicle.connection');
		expect(byLink.get('/reference/set-authentication-smscode-add-phone-number/')).toBe('SET authentication.smscode - addPhoneNumber');
		expect(byLink.get('/reference/get-subscription-services/')).toBe('GET subscription.services');
		expect(byLink.get('/reference/get-vehicle-services/')).toBe('GET vehicle.services');
		const labels = catalog.operations.map((o) => byLink.get(`/reference/${o.slug}/`));
		expect(new Set(labels).size).toBe(catalog.operations.length);
	});

	it('opens each component group with its Overview page, then its operations', () => {
		for (const c of catalog.components) {
			const group = sidebar.find((e) => label(e) === `${c.icon} ${c.name}`);
			const [first, ...rest] = items(group);
			expect(first && 'link' in first ? [first.label, first.link] : undefined).toEqual(['Overview', `/reference/components/${c.tag.toLowerCase()}/`]);
			const ops = catalog.operations.filter((o) => o.components.includes(c.tag));
			expect(rest.map((i) => ('link' in i ? i.link : ''))).toEqual(ops.map((o) => `/reference/${o.slug}/`));
		}
	});
});
