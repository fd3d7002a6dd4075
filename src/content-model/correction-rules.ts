import type { Catalog, Operation } from './catalog.ts';
import type { Problem } from './problems.ts';
import type { Correction } from './schemas/correction.ts';
import type { Field } from './schemas/field.ts';

export const CORRECTIONS_FILE = 'content/corrections.yaml';

/** Every dotted path of an operation's parameters and result fields, e.g. `trips.postalCode`. */
export function fieldPaths(op: Operation): string[] {
	const out: string[] = [];
	const walk = (fields: Field[], prefix: string) => {
		for (const f of fields) {
			const path = prefix ? `${prefix}.${f.name}` : f.name;
			out.push(path);
			if (f.fields) walk(f.fields, path);
		}
	};
	walk(op.parameters, '');
	walk(op.output, '');
	return out;
}

/** A correction's field matches a path ending with it: `postalCode` matches `trips.postalCode`. */
function hasField(op: Operation, path: string): boolean {
	return fieldPaths(op).some((p) => p === path || p.endsWith(`.${path}`));
}

/**
 * A correction must name operations that exist, fields those operations have, and codes that either
 * the operation lists (a code this site adds) or the SDK's catalogue lacks (a code this site leaves out).
 */
export function checkCorrections(catalog: Catalog, corrections: Correction[]): Problem[] {
	const bySlug = new Map(catalog.operations.map((o) => [o.slug, o]));
	const known = new Set(catalog.errors.map((e) => e.code));
	const problems: Problem[] = [];
	const at = (path: string, message: string) => problems.push({ file: CORRECTIONS_FILE, path, message });
	const ids = new Set<string>();
	corrections.forEach((c, i) => {
		if (ids.has(c.id)) at(`[${i}].id`, `"${c.id}" is used twice`);
		ids.add(c.id);
		c.operations.forEach((slug, j) => {
			const op = bySlug.get(slug);
			if (!op) return at(`[${i}].operations[${j}]`, `no operation has the slug "${slug}"`);
			c.fields?.forEach((f, k) => {
				if (!hasField(op, f)) at(`[${i}].fields[${k}]`, `"${f}" is not a parameter or result field of ${slug}`);
			});
			c.codes?.forEach((code, k) => {
				if (known.has(code) && !op.errors.includes(code))
					at(`[${i}].codes[${k}]`, `${code} is in the error catalogue but not listed by ${slug}; a correction names a code the operation lists, or one the SDK does not have`);
			});
		});
	});
	return problems;
}

/** The corrections that concern one operation, in file order. */
export function correctionsFor(corrections: Correction[], slug: string): Correction[] {
	return corrections.filter((c) => c.operations.includes(slug));
}
