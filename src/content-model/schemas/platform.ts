import { z } from 'astro/zod';

/** The two SDKs. */
export const platformSchema = z.enum(['android', 'ios']);
export type Platform = z.output<typeof platformSchema>;

/**
 * Marks an operation, a parameter or an output field as existing in one SDK only,
 * e.g. `{ only: android, reason: iOS has no such step }`.
 */
export const platformOnlySchema = z
	.object({
		/** The one SDK that has it. */
		only: platformSchema,
		/** Why, in one short sentence shown beside the badge, e.g. "The SDK opens its web view from this Context.". */
		reason: z.string().trim().min(1, 'must say why in a short sentence'),
	})
	.strict();
export type PlatformOnly = z.output<typeof platformOnlySchema>;
