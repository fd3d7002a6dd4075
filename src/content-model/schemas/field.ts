import { z } from 'astro/zod';
import { platformOnlySchema } from './platform.ts';

/** A name the SDK accepts as a dictionary key: letters, digits and underscores, not starting with a digit. */
export const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an identifier (letters, digits, _; no spaces)');

/**
 * Every type a field can have. `array` needs `items`; `object` and arrays of objects need `fields`.
 * `context` is the Android `Context` some calls take: Kotlin passes the app's context, Swift omits it.
 */
export const fieldType = z.enum(['string', 'integer', 'number', 'boolean', 'object', 'array', 'context']);

/** A value a parameter or output may take, e.g. `{ value: enrollment, description: Enrol the device }`. */
export const allowedValueSchema = z
	.union([
		z.string(),
		z.number(),
		z.boolean(),
		z.object({
			value: z.union([z.string(), z.number(), z.boolean()]),
			/** What this value means, e.g. "Enrol the device". */
			description: z.string().min(1).optional(),
		}),
	])
	.transform((v) => (typeof v === 'object' ? v : { value: v, description: undefined }));

/** One parameter or output field. Recursive: objects and lists of objects carry `fields`. */
// The keys are written inline: spreading an object into a recursive schema stops zod's type inference.
export const fieldSchema = z.strictObject({
	/** The key in the params or result dictionary, e.g. `phoneNumber`. */
	name: identifier,
	/** The value's type, e.g. `string`. */
	type: fieldType,
	/** For `array` fields: the type of each item, e.g. `string`. */
	items: z.enum(['string', 'integer', 'number', 'boolean', 'object']).optional(),
	/** Whether the SDK requires the parameter (inputs) or always returns the field (outputs). Defaults to true. */
	required: z.boolean().default(true),
	/** What the field holds, in one or two plain sentences. */
	description: z.string().trim().min(1, 'must not be empty'),
	/** Unit or format, e.g. `km`, `%`, `yyyy-MM-dd`. */
	unit: z.string().min(1).optional(),
	/** Smallest allowed value of a number, e.g. `5`. */
	minimum: z.number().optional(),
	/** Largest allowed value of a number, e.g. `1440`. */
	maximum: z.number().optional(),
	/** The only values allowed, if the set is closed. */
	values: z.array(allowedValueSchema).min(1).optional(),
	/** Example value for scalars and lists of scalars; objects take theirs from `fields`. */
	example: z.unknown().optional(),
	/** Set when only one SDK has the field, e.g. `{ only: ios, reason: ... }`. An Android `context` must be marked android. */
	platform: platformOnlySchema.optional(),
	/** Children of an `object` field, or of each item of an array of objects. */
	get fields() {
		return z.array(fieldSchema).optional();
	},
});

export type Field = z.output<typeof fieldSchema>;
