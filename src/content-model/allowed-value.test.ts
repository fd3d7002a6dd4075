// A field's allowed values, as the content may write them: a bare value, or a value with what it means.
import { describe, expect, it } from 'vitest';
import { allowedValueSchema } from './schemas/field.ts';

describe('allowedValueSchema', () => {
	it('reads a bare value as one without a description', () => {
		expect(['enroll', 3, true].map((v) => allowedValueSchema.parse(v))).toStrictEqual([
			{ value: 'enroll', description: undefined },
			{ value: 3, description: undefined },
			{ value: true, description: undefined },
		]);
	});

	it('keeps a value written with its description as it is', () => {
		expect(allowedValueSchema.parse({ value: 'enroll', description: 'Finish enrolling this device.' })).toStrictEqual({ value: 'enroll', description: 'Finish enrolling this device.' });
	});
});
