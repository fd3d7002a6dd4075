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
	const keys = Object.keys(value);
	if (keys.length === 0) return syntax.emptyMap;
	const inner = indent + INDENT;
	const lines = keys.map((k) => inner + syntax.entry(syntax.string(k), literal(value[k] as Json, syntax, inner)));
	return syntax.map(lines, indent);
}

export { INDENT };
