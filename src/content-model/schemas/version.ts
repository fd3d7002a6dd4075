import { z } from 'astro/zod';

/** An SDK version such as `2.0` or `2.1.3`; numbers in YAML are accepted and read as text. */
export const versionSchema = z
	.union([z.string(), z.number()])
	.transform((v) => String(v))
	.pipe(z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'must be a version such as 2.0 or 2.1.3'));

/** Orders two versions numerically (2.10 after 2.9). */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}
