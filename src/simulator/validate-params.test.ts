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
		expect(validateParams(fields, { phoneNumber: '1', tags: ['a', 'b'.repeat(10_001)] })).toEqual({ code: 2102, parameter: 'tags' });
	});

	it('is the limit /simulator/ states', () => {
		const page = readFileSync(new URL('../../content/docs/simulator.mdx', import.meta.url), 'utf8');
		expect(page).toContain('longer than 10,000 characters');
		expect(MAX_PARAM_LENGTH).toBe(10_000);
	});
});
