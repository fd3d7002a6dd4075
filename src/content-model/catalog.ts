import type { Component } from './schemas/component.ts';
import type { ErrorEntry } from './schemas/error.ts';
import type { OperationData } from './schemas/operation.ts';

/** A validated operation with where it came from and its page slug. */
export interface Operation extends OperationData {
	slug: string;
	/** Title shown as the page heading: `name - subname`. */
	title: string;
	/** Path of the content file, relative to the project root. */
	file: string;
}

/** Everything under content/, validated and cross-checked. */
export interface Catalog {
	operations: Operation[];
	errors: ErrorEntry[];
	components: Component[];
}

export function errorByCode(catalog: Catalog, code: number): ErrorEntry {
	const entry = catalog.errors.find((e) => e.code === code);
	if (!entry) throw new Error(`error ${code} is not in the catalogue`);
	return entry;
}

export function operationBySlug(catalog: Catalog, slug: string): Operation {
	const op = catalog.operations.find((o) => o.slug === slug);
	if (!op) throw new Error(`no operation has the slug ${slug}`);
	return op;
}

export function componentByTag(catalog: Catalog, tag: string): Component {
	const c = catalog.components.find((x) => x.tag === tag);
	if (!c) throw new Error(`no component has the tag ${tag}`);
	return c;
}

/** The requirements that apply to an operation: its own, or else those of its components. */
export function effectiveSecurity(catalog: Catalog, op: Operation): string[] {
	if (op.security) return op.security;
	return [...new Set(op.components.flatMap((t) => componentByTag(catalog, t).security))];
}

/** Operations that document an error code. */
export function operationsWithError(catalog: Catalog, code: number): Operation[] {
	return catalog.operations.filter((o) => o.errors.includes(code));
}

// Types only, so that browser code can use this module without pulling in zod or the YAML parser.
export type { Field } from './schemas/field.ts';
export type { ErrorEntry, ErrorFamily } from './schemas/error.ts';
export type { Method } from './schemas/operation.ts';
export type { Platform, PlatformOnly } from './schemas/platform.ts';
export type { Component } from './schemas/component.ts';
