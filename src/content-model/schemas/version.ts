import { z } from 'astro/zod';

/**
 * An SDK version such as `2.0` or `2.1.3`, written as a quoted string. An unquoted version is a YAML
 * number, which silently loses trailing zeros (2.10 becomes 2.1), so a number is refused.
 */
export const versionSchema = z
	.unknown()
	.transform((v, ctx) => {
		if (typeof v !== 'number') return v;
		ctx.addIssue({ code: 'custom', message: `is the number ${v}, not a version: write it in quotes, e.g. "2.10" (YAML reads an unquoted 2.10 as the number 2.1)` });
		return z.NEVER;
	})
	.pipe(z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'must be a version such as 2.0 or 2.1.3'));
