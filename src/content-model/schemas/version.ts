import { z } from 'astro/zod';

/** An SDK version such as `2.0` or `2.1.3`; numbers in YAML are accepted and read as text. */
export const versionSchema = z
	.union([z.string(), z.number()])
	.transform((v) => String(v))
	.pipe(z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'must be a version such as 2.0 or 2.1.3'));
