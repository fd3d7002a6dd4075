import type { Json } from '../sdk/index.ts';

/** How one language writes strings, lists and dictionaries. */
export interface LiteralSyntax {
	string(s: string): string;
	list(items: string[]): string;
	emptyMap: string;
	entry(key: string, value: string): string;
	/** Wraps already-indented entry lines. */
	map(lines: string[], indent: string): string;
}

const INDENT = '    ';

/** Writes a JSON value as a source literal; dictionaries go one entry per line, lists stay inline. */
export function literal(value: Json, syntax: LiteralSyntax, indent = ''): string {
	if (typeof value === 'string') return syntax.string(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value === null) return 'null';
	if (Array.isArray(value)) return syntax.list(value.map((v) => literal(v, syntax, indent)));
	const inner = indent + INDENT;
	return mapLiteral(
		Object.entries(value).map(([k, v]) => [syntax.string(k), literal(v, syntax, inner)]),
		syntax,
		indent,
	);
}

/** A dictionary of already written keys and values, one entry per line one level in; values may be code (an Android context variable). */
export function mapLiteral(entries: Array<[string, string]>, syntax: LiteralSyntax, indent: string): string {
	if (entries.length === 0) return syntax.emptyMap;
	return syntax.map(
		entries.map(([k, v]) => indent + INDENT + syntax.entry(k, v)),
		indent,
	);
}

export { INDENT };
