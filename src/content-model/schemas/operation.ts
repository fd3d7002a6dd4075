import { z } from 'astro/zod';
import { fieldSchema, identifier } from './field.ts';
import { platformOnlySchema } from './platform.ts';
import { securitySchema } from './security.ts';
import { versionSchema } from './version.ts';

/** How the app calls the operation: `pims.get`, `pims.set`, `pims.subscribe`, or the facade's own lifecycle. */
export const methodSchema = z.enum(['get', 'set', 'subscribe', 'lifecycle']);
export type Method = z.output<typeof methodSchema>;

/** An API name such as `pims.authentication.trustedphonenumber`. */
export const apiNameSchema = z.string().regex(/^pims(\.[a-z][A-Za-z0-9]*)+$/, 'must look like pims.domain.name (lower camel case parts)');

/** Slug of another operation page, e.g. `get-authentication-trustedphonenumber`. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an operation slug');

export const operationSchema = z
	.object({
		/** The API name passed to the SDK, e.g. `pims.authentication.smscode`. */
		api: apiNameSchema,
		/** The SDK method that reaches it. */
		method: methodSchema,
		/**
		 * For APIs that share one name: which parameter picks the operation and its value (the "subname"),
		 * e.g. `{ parameter: action, value: addPhoneNumber }`.
		 */
		discriminator: z
			.object({
				parameter: identifier,
				value: z.string().min(1),
				/**
				 * `value` (default): the parameter's value names the operation, e.g. `action: addPhoneNumber`.
				 * `presence`: passing the parameter at all picks the operation (the subname is the parameter's name),
				 * e.g. `pims.subscription.steps` looked up by `vin`.
				 */
				match: z.enum(['value', 'presence']).default('value'),
			})
			.strict()
			.optional(),
		/** First SDK version that has the operation, e.g. `2.0`. */
		since: versionSchema,
		/** SDK version of the last change to the operation, e.g. `2.1`. */
		lastUpdate: versionSchema,
		/** Tags of the components that provide it, e.g. `[StrongAuthentication]`. */
		components: z.array(z.string().min(1)).min(1, 'must list at least one component'),
		/** Requirements that override the components' own; omit to inherit them. `[]` means none. */
		security: z.array(securitySchema).optional(),
		/** One sentence for tables, search results and the page's meta description. */
		summary: z.string().trim().min(1, 'must not be empty'),
		/** What the call is for and when to make it, in Markdown. Link operations as `[text](op:slug)`. */
		description: z.string().trim().min(1, 'must not be empty'),
		/** Set when only one SDK has the operation, e.g. `{ only: android, reason: iOS has no such step }`. */
		platform: platformOnlySchema.optional(),
		/** Input parameters, in the order the page lists them. */
		parameters: z.array(fieldSchema).default([]),
		/** Fields of the result dictionary (for subscriptions: of each RESULT event). */
		output: z.array(fieldSchema).default([]),
		/** Codes of the errors the operation can fail with; labels come from the catalogue. */
		errors: z.array(z.number().int()).default([]),
		/** Values for bracketed placeholders in error labels, e.g. `{ ACTION: charging }`. */
		placeholders: z.record(z.string(), z.string().min(1)).default({}),
		/** Slugs of operations a reader usually needs next. */
		related: z.array(slugSchema).default([]),
		/** Short notes shown on the page about using the call. Differences from the published reference go to `content/corrections.yaml`. */
		notes: z.array(z.string().trim().min(1)).default([]),
	})
	.strict();

export type OperationData = z.output<typeof operationSchema>;
