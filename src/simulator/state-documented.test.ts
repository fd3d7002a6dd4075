// The initial state is made of the content's examples: a catalogue whose examples differ gives a state that differs
// the same way, so the state is read from the content rather than from values that happen to match it.
import { describe, expect, it } from 'vitest';
import type { Catalog, Field } from '../content-model/catalog.ts';
import { loadCatalog } from '../content-model/node.ts';
import { OP } from '../sdk/index.ts';
import { createState, documented } from './state/index.ts';

const real = loadCatalog();

/** The field at `path` (names, through nested fields) of one operation's output or parameters, given a new example. */
function withExample(catalog: Catalog, slug: string, list: 'output' | 'parameters', path: string[], example: Field['example']): Catalog {
	const replace = (fields: Field[], [name, ...rest]: string[]): Field[] => fields.map((f) => (f.name !== name ? f : rest.length ? { ...f, fields: replace(f.fields ?? [], rest) } : { ...f, example }));
	return { ...catalog, operations: catalog.operations.map((o) => (o.slug === slug ? { ...o, [list]: replace(o[list], path) } : o)) };
}

const edits: [string, 'output' | 'parameters', string[], Field['example']][] = [
	[OP.trustedPhoneNumber, 'output', ['phoneNumber'], '0798765432'],
	[OP.username, 'output', ['username'], 'someone@mail.com'],
	[OP.vins, 'output', ['vins', 'vin'], 'WP0ZZZ99ZTS392124'],
	[OP.tripById, 'output', ['trip', 'category'], 'PRIVATE'],
	[OP.getPrice, 'output', ['priceFuel'], 1.9],
	[OP.getPrice, 'output', ['priceElectric'], 0.31],
	[OP.enroll, 'parameters', ['pinCode'], 9876],
];
const variant = edits.reduce((c, [slug, list, path, example]) => withExample(c, slug, list, path, example), real);

describe('the documented values of the initial state', () => {
	it('are the examples of the content it is given', () => {
		const d = documented(variant);
		expect([d.phoneNumber, d.username, d.vin, d.trip.category, d.prices, d.pin]).toStrictEqual([
			'0798765432',
			'someone@mail.com',
			'WP0ZZZ99ZTS392124',
			'PRIVATE',
			{ priceFuel: 1.9, priceElectric: 0.31 },
			9876,
		]);
	});

	it('make the enrolled preset: account, session, car, its trips and its prices', () => {
		const s = createState(variant);
		expect(s.account.phoneNumber).toBe('0798765432');
		expect(s.account.pin).toBe(9876);
		expect(s.session.username).toBe('someone@mail.com');
		expect(s.vehicle.vins).toStrictEqual([{ vin: 'WP0ZZZ99ZTS392124', gdpr: true }]);
		expect(s.vehicle.selectedVin).toBe('WP0ZZZ99ZTS392124');
		expect(s.data.trips.map((t) => [t.id, t.vin, t.data.id, t.data.vin, t.data.category])).toStrictEqual([
			[418, 'WP0ZZZ99ZTS392124', 418, 'WP0ZZZ99ZTS392124', 'PRIVATE'],
			[419, 'WP0ZZZ99ZTS392124', 419, 'WP0ZZZ99ZTS392124', 'PRIVATE'],
		]);
		// The two trips are plain ones: neither is a merge of others.
		expect(s.data.trips.filter((t) => 'mergedIds' in t.data)).toStrictEqual([]);
		expect(s.data.prices).toStrictEqual({ WP0ZZZ99ZTS392124: { priceFuel: 1.9, priceElectric: 0.31 } });
	});

	it('are kept per catalogue', () => {
		expect(documented(real).phoneNumber).toBe('0612345678');
		expect(documented(variant).phoneNumber).toBe('0798765432');
	});
});
