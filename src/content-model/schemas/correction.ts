import { z } from 'astro/zod';
import { slugSchema } from './operation.ts';

/** A field path inside a parameter or result, e.g. `phoneNumber` or `fuelInformation.lastUpdate`. */
const fieldPath = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'must be a field path such as phoneNumber or trips.postalCode');

/**
 * One place where this site departs from, or fills a gap in, the published reference.
 * Every text is one or two sentences of Markdown (inline code allowed).
 */
export const correctionSchema = z
	.object({
		/** Anchor on the corrections page, e.g. `phone-number-is-a-string`. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab case, e.g. phone-number-is-a-string'),
		/** Slugs of the operations concerned, e.g. `[get-authentication-smscode-phone-number-certification]`. */
		operations: z.array(slugSchema).min(1, 'must name at least one operation'),
		/** Parameters or result fields concerned (a path matches at any depth); omit for the operation as a whole. */
		fields: z.array(fieldPath).min(1).optional(),
		/** Error codes concerned: ones this site adds, or ones it leaves out because the SDK has no such code. */
		codes: z.array(z.number().int()).min(1).optional(),
		/** What the published reference says, e.g. "Declares `phoneNumber` as an integer." */
		published: z.string().trim().min(1, 'must not be empty'),
		/** What this site documents instead, e.g. "A string." */
		site: z.string().trim().min(1, 'must not be empty'),
		/** Why, in plain words. */
		why: z.string().trim().min(1, 'must not be empty'),
	})
	.strict()
	.refine((c) => !(c.fields && c.codes), { message: 'name fields or codes, not both', path: ['codes'] });

export const correctionListSchema = z.array(correctionSchema);

export type Correction = z.output<typeof correctionSchema>;
