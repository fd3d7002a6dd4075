import type { Json } from '../sdk/index.ts';

/** A deep copy of a JSON value: several times faster than structuredClone on the small objects results are made of. */
export function cloneJson<T extends Json>(value: T): T {
	if (value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map((v) => cloneJson(v)) as T;
	const out: Record<string, Json> = {};
	for (const key in value) out[key] = cloneJson(value[key] as Json);
	return out as T;
}
