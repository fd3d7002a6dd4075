// Steps 2 and 3 of the order of decisions on a hand-made table: one API name shared by a plain operation and one picked
// by a discriminator value, and one shared only by discriminated operations.
import { describe, expect, it } from 'vitest';
import { operationBySlug, type Operation } from '../content-model/catalog.ts';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { route, routeTable } from './route.ts';

const base = operationBySlug(fixtureCatalog(), 'get-demo-phone');
const op = (slug: string, api: string, discriminator?: Operation['discriminator']): Operation => ({ ...base, slug, api, discriminator });

const plain = op('get-demo-mixed', 'pims.demo.mixed');
const byAction = op('get-demo-mixed-one', 'pims.demo.mixed', { parameter: 'action', value: 'one', match: 'value' });
const first = op('get-demo-picked-first', 'pims.demo.picked', { parameter: 'type', value: 'first', match: 'value' });
const second = op('get-demo-picked-second', 'pims.demo.picked', { parameter: 'type', value: 'second', match: 'value' });
const table = routeTable({ ...fixtureCatalog(), operations: [plain, byAction, first, second] });

describe('route', () => {
	it('reaches the plain operation when no discriminator is given, or it is null', () => {
		expect(route(table, 'get', 'pims.demo.mixed', {})).toStrictEqual({ ok: true, op: plain });
		expect(route(table, 'get', 'pims.demo.mixed', undefined)).toStrictEqual({ ok: true, op: plain });
		expect(route(table, 'get', 'pims.demo.mixed', { action: null })).toStrictEqual({ ok: true, op: plain });
	});

	it('reaches the operation the value names, and refuses an unknown value with 2102 naming the parameter', () => {
		expect(route(table, 'get', 'pims.demo.mixed', { action: 'one' })).toStrictEqual({ ok: true, op: byAction });
		expect(route(table, 'get', 'pims.demo.picked', { type: 'second' })).toStrictEqual({ ok: true, op: second });
		expect(route(table, 'get', 'pims.demo.mixed', { action: 'two' })).toStrictEqual({ ok: false, code: 2102, parameter: 'action' });
	});

	it('refuses a missing or null discriminator with 2101 when no plain operation shares the name', () => {
		expect(route(table, 'get', 'pims.demo.picked', {})).toStrictEqual({ ok: false, code: 2101, parameter: 'type' });
		expect(route(table, 'get', 'pims.demo.picked', { type: null })).toStrictEqual({ ok: false, code: 2101, parameter: 'type' });
	});

	it('answers 2002 for a name that is not a string, unknown, or known under another method', () => {
		for (const [method, api] of [
			['get', 42],
			['get', 'pims.demo.none'],
			['set', 'pims.demo.mixed'],
		] as const)
			expect(route(table, method, api, {})).toStrictEqual({ ok: false, code: 2002 });
	});
});
