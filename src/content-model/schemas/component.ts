import { z } from 'astro/zod';
import { securitySchema } from './security.ts';
import { versionSchema } from './version.ts';

export const componentSchema = z
	.object({
		/** The identifier the SDK and the published pages use, e.g. `StrongAuthentication`. */
		tag: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'must be a tag such as StrongAuthentication'),
		/** The name readers know it by, e.g. `Enrollment`. */
		name: z.string().min(1),
		/** What kind of component it is. */
		category: z.enum(['feature', 'security', 'overview']),
		/** How its operations reach the car or the servers. */
		connectivity: z.enum(['internet', 'bluetooth', 'none']),
		/** Vehicle platforms it works with, e.g. `[PSA]`. */
		platforms: z.array(z.enum(['PSA', 'O2X'])).min(1),
		/** What the user must have for its operations to succeed. `[]` means nothing. */
		security: z.array(securitySchema),
		/** A single emoji shown beside the component's name. */
		icon: z.string().min(1).max(8),
		/** API names it covers, e.g. `pims.authentication.*`. */
		domain: z.string().min(1),
		since: versionSchema,
		lastUpdate: versionSchema,
		/** What the component is for, in Markdown. */
		description: z.string().trim().min(1, 'must not be empty'),
	})
	.strict();

export const componentListSchema = z.array(componentSchema).min(1);
export type Component = z.output<typeof componentSchema>;
