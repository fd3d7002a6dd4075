import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Field } from '../content-model/catalog.ts';
import { MAX_PARAM_LENGTH, validateParams } from './validate-params.ts';

const field = (name: string, type: Field['type'], extra: Partial<Field> = {}): Field => ({ name, type, required: true, description: name, ...extra });
const fields = [field('phoneNumber', 'string'), field('tags', 'array', { items: 'string', required: false }), field('codes', 'array', { items: 'integer', required: false })];

describe('parameter lengths', () => {
	it('accepts a string of 10,000 characters and refuses one of 10,001 with 2102 naming it', () => {
		expect(validateParams(fields, { phoneNumber: 'x'.repeat(10_000) })).toBeUndefined();
		expect(validateParams(fields, { phoneNumber: 'x'.repeat(10_001) })).toEqual({ code: 2102, parameter: 'phoneNumber' });
		expect(validateParams(fields, { phoneNumber: 'x'.repeat(50_000_000) })).toEqual({ code: 2102, parameter: 'phoneNumber' });
	});

	it('refuses an array of more than 10,000 items, and a too long string inside one', () => {
		expect(validateParams(fields, { phoneNumber: '1', codes: new Array<number>(10_000).fill(1) })).toBeUndefined();
		expect(validateParams(fields, { phoneNumber: '1', codes: new Array<number>(10_001).fill(1) })).toEqual({ code: 2102, parameter: 'codes' });
		expect(validateParams(fields, { phoneNumber: '1', tags: ['a', 'b'.repeat(10_000)] })).toBeUndefined();
		expect(validateParams(fields, { phoneNumber: '1', tags: ['a', 'b'.repeat(10_001)] })).toEqual({ code: 2102, parameter: 'tags' });
	});

	it('is the limit /simulator/ states', () => {
		const page = readFileSync(new URL('../../content/docs/simulator.mdx', import.meta.url), 'utf8');
		expect(page).toContain('longer than 10,000 characters');
		expect(MAX_PARAM_LENGTH).toBe(10_000);
	});
});

describe('validateParams', () => {
	const shapes = [
		field('context', 'context'),
		field('vin', 'string'),
		field('level', 'integer', { required: false, minimum: 0, maximum: 100 }),
		field('door', 'object', { required: false, fields: [field('open', 'boolean')] }),
		field('stops', 'array', { required: false, items: 'object', fields: [field('km', 'number'), field('name', 'string', { required: false })] }),
	];

	it('accepts what the fields allow, with no Android context and optional fields left out or null', () => {
		expect(validateParams(shapes, { vin: 'VF3' })).toBeUndefined();
		expect(validateParams(shapes, { vin: 'VF3', level: null, door: { open: false }, stops: [{ km: 1.5 }, { km: 2, name: 'b' }], other: 1 })).toBeUndefined();
	});

	it('names the first missing required parameter, at any depth', () => {
		expect(validateParams(shapes, {})).toEqual({ code: 2101, parameter: 'vin' });
		expect(validateParams(shapes, { vin: null })).toEqual({ code: 2101, parameter: 'vin' });
		expect(validateParams(shapes, { vin: 'VF3', door: {} })).toEqual({ code: 2101, parameter: 'door.open' });
		expect(validateParams(shapes, { vin: 'VF3', stops: [{ km: 1 }, { name: 'x' }] })).toEqual({ code: 2101, parameter: 'stops.km' });
	});

	it('reads only own keys, so an inherited one is missing', () => {
		expect(validateParams(shapes, Object.create({ vin: 'VF3' }) as Record<string, unknown>)).toEqual({ code: 2101, parameter: 'vin' });
	});

	it('names the first invalid parameter: wrong type, out of range, not an object, not a list', () => {
		expect(validateParams(shapes, { vin: 3 })).toEqual({ code: 2102, parameter: 'vin' });
		expect(validateParams(shapes, { vin: 'VF3', level: 101 })).toEqual({ code: 2102, parameter: 'level' });
		expect(validateParams(shapes, { vin: 'VF3', level: 100 })).toBeUndefined();
		expect(validateParams(shapes, { vin: 'VF3', door: [] })).toEqual({ code: 2102, parameter: 'door' });
		expect(validateParams(shapes, { vin: 'VF3', door: 'open' })).toEqual({ code: 2102, parameter: 'door' });
		expect(validateParams(shapes, { vin: 'VF3', door: { open: 'yes' } })).toEqual({ code: 2102, parameter: 'door.open' });
		expect(validateParams(shapes, { vin: 'VF3', stops: { km: 1 } })).toEqual({ code: 2102, parameter: 'stops' });
		expect(validateParams(shapes, { vin: 'VF3', stops: [null] })).toEqual({ code: 2102, parameter: 'stops' });
		expect(validateParams(shapes, { vin: 'VF3', stops: [[{ km: 1 }]] })).toEqual({ code: 2102, parameter: 'stops' });
		expect(validateParams(shapes, { vin: 'VF3', stops: [{ km: '1' }] })).toEqual({ code: 2102, parameter: 'stops.km' });
		expect(validateParams(fields, { phoneNumber: '1', codes: [1, 2.5] })).toEqual({ code: 2102, parameter: 'codes' });
		expect(validateParams(fields, { phoneNumber: '1', tags: [1] })).toEqual({ code: 2102, parameter: 'tags' });
	});

	it('takes a list of scalars without an item type as strings', () => {
		const untyped = [field('tags', 'array')];
		expect(validateParams(untyped, { tags: ['a'] })).toBeUndefined();
		expect(validateParams(untyped, { tags: [1] })).toEqual({ code: 2102, parameter: 'tags' });
	});
});
