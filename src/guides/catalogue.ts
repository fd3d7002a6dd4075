// Small catalogue look-ups for guide components; each throws, failing the build, when a guide names something that does not exist.
import { type Catalog, type ErrorEntry, type ErrorFamily, type Field, type Operation } from '../content-model/catalog.ts';
import { failedMessage } from '../generators/index.ts';
import { STATUS, type Message } from '../sdk/index.ts';

export const FAMILIES: ErrorFamily[] = ['generic', 'input', 'output', 'specific'];

/** The catalogue's codes of one family, in ascending order. */
export function errorsOfFamily(catalog: Catalog, family: ErrorFamily): ErrorEntry[] {
	if (!FAMILIES.includes(family)) throw new Error(`unknown error family ${JSON.stringify(family)}; use one of ${FAMILIES.join(', ')}`);
	return catalog.errors.filter((e) => e.family === family).sort((a, b) => a.code - b.code);
}

/** The codes in a few words: all of them when there are four or fewer, else the lowest and the highest. */
export function codeSpan(entries: ErrorEntry[]): string {
	const codes = entries.map((e) => e.code).sort((a, b) => a - b);
	if (codes.length === 0) return 'none';
	if (codes.length <= 4) return codes.join(', ');
	return `${codes[0]} to ${codes.at(-1)}`;
}

/** Errors whose label is a template the SDK fills in, such as `Missing [PARAMETER] parameter`. */
export function templatedErrors(catalog: Catalog): ErrorEntry[] {
	return catalog.errors.filter((e) => e.placeholders.length > 0).sort((a, b) => a.code - b.code);
}

/**
 * An error that arrives inside a subscription's stream: a RESULT message carrying `error` instead of `result`,
 * for a code the subscription documents.
 */
export function eventErrorMessage(catalog: Catalog, op: Operation, code: number): Message {
	if (op.method !== 'subscribe') throw new Error(`${op.slug} is not a subscription, so it sends no RESULT events`);
	if (!op.errors.includes(code)) throw new Error(`${op.slug} does not document error ${code}`);
	return { ...failedMessage(catalog, op, code), status: STATUS.result };
}

/** A field by its dotted path through objects and lists of objects, e.g. `vehicle.ressources.status.vin`. */
export function fieldAtPath(fields: Field[], path: string): Field {
	const parts = path.split('.');
	let current: Field[] = fields;
	let found: Field | undefined;
	for (const [i, name] of parts.entries()) {
		found = current.find((f) => f.name === name);
		if (!found) throw new Error(`no field ${parts.slice(0, i + 1).join('.')}`);
		current = found.fields ?? [];
	}
	if (!found) throw new Error('empty field path');
	return found;
}

/** The dotted path shared by every path, e.g. `vehicle.status` for `vehicle.status.a` and `vehicle.status.b.c`; empty when there is none or only one path. */
export function commonPathPrefix(paths: string[]): string {
	if (paths.length < 2) return '';
	const split = paths.map((p) => p.split('.'));
	const shortest = Math.min(...split.map((s) => s.length));
	const common: string[] = [];
	// Keep at least one part of every path after the prefix.
	for (let i = 0; i < shortest - 1; i++) {
		const part = split[0]?.[i];
		if (part === undefined || !split.every((s) => s[i] === part)) break;
		common.push(part);
	}
	return common.join('.');
}
