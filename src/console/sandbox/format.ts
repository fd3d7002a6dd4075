// Turns what user code logs into text, without ever throwing (cycles, getters, huge values).
const LIMIT = 10_000;

export function formatValue(value: unknown): string {
	if (typeof value === 'string') return value.slice(0, LIMIT);
	if (value instanceof Error) return `${value.name}: ${value.message}`;
	if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
	if (typeof value === 'symbol' || typeof value === 'bigint') return String(value);
	if (value === undefined) return 'undefined';
	try {
		const seen = new WeakSet<object>();
		const text = JSON.stringify(
			value,
			(_key, v: unknown) => {
				if (typeof v === 'function') return `[Function ${(v as { name?: string }).name || 'anonymous'}]`;
				if (typeof v === 'bigint' || typeof v === 'symbol') return String(v);
				if (v === undefined) return '[undefined]';
				if (typeof v === 'object' && v !== null) {
					if (seen.has(v)) return '[Circular]';
					seen.add(v);
				}
				return v;
			},
			2,
		);
		return (text ?? String(value)).slice(0, LIMIT);
	} catch {
		try {
			return String(value).slice(0, LIMIT);
		} catch {
			return '[unprintable value]';
		}
	}
}

/** A JSON copy of call params for the Kotlin and Swift equivalents; undefined when they are not plain data. */
export function jsonCopy<T>(value: unknown): T | undefined {
	try {
		const text = JSON.stringify(value);
		return text === undefined || text.length > 100_000 ? undefined : (JSON.parse(text) as T);
	} catch {
		return undefined;
	}
}
