// Turns what user code logs into text, without ever throwing (cycles, getters, huge values).
/** Characters of one logged value that reach the console; the rest is counted in a marker. */
export const TEXT_LIMIT = 10_000;

/** Cuts text at the limit, saying how much was left out. */
export function cut(text: string, limit = TEXT_LIMIT): string {
	return text.length <= limit ? text : `${text.slice(0, limit)}… (${(text.length - limit).toLocaleString('en-US')} more characters)`;
}

export function formatValue(value: unknown): string {
	if (typeof value === 'string') return cut(value);
	if (value instanceof Error) return cut(`${value.name}: ${value.message}`);
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
		return cut(text ?? String(value));
	} catch {
		try {
			return cut(String(value));
		} catch {
			return '[unprintable value]';
		}
	}
}

/** A JSON copy of call params for the Kotlin and Swift equivalents; undefined when they are not plain data, or longer than the simulator accepts. */
export function jsonCopy<T>(value: unknown): T | undefined {
	try {
		const text = JSON.stringify(value);
		return text === undefined || text.length > 10_000 ? undefined : (JSON.parse(text) as T);
	} catch {
		return undefined;
	}
}
