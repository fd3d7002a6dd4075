import { z } from 'astro/zod';

/** The four families the SDK's codes fall into, by their hundreds. */
export const errorFamilySchema = z.enum(['generic', 'input', 'output', 'specific']);
export type ErrorFamily = z.output<typeof errorFamilySchema>;

export const errorEntrySchema = z
	.object({
		/** The integer the SDK puts in `error.code`, e.g. `2307`. */
		code: z.number().int().min(2000).max(2999),
		/** Generic (20xx), input (21xx), output and transport (22xx) or specific to an API family (23xx). */
		family: errorFamilySchema,
		/** Exactly the SDK's text, typos included, e.g. `User dont have a phone number`. */
		label: z.string().min(1),
		/** Bracketed parts of the label the SDK fills in, e.g. `[PARAMETER]`; empty when the label is fixed. */
		placeholders: z.array(z.string().min(1)).default([]),
		/** What went wrong and what the app can do about it. */
		description: z.string().trim().min(1, 'must not be empty'),
	})
	.strict();

export const errorCatalogueSchema = z.array(errorEntrySchema).min(1);
export type ErrorEntry = z.output<typeof errorEntrySchema>;
