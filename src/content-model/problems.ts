import type { z } from 'astro/zod';

/** One thing wrong with the content, located by file and field path. */
export interface Problem {
	file: string;
	/** Field path inside the file, e.g. `parameters[1].example`; empty for the file as a whole. */
	path: string;
	message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
	return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

export function formatProblem(p: Problem): string {
	return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Turns zod's issues into problems, prefixing each path with where the data sits in the file. */
export function problemsFromZod(file: string, error: z.ZodError, prefix: PropertyKey[] = []): Problem[] {
	return error.issues.map((issue) => ({
		file,
		path: formatPath([...prefix, ...issue.path]),
		message: describeIssue(issue),
	}));
}

function describeIssue(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
		case 'invalid_type':
			return issue.input === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}, got ${typeName(issue.input)}`;
		case 'invalid_value':
			return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		default:
			return issue.message;
	}
}

function typeName(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'array';
	return typeof v;
}

/** Thrown when content does not validate; its message lists one line per problem. */
export class ContentError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` + problems.map((p) => `  ${formatProblem(p)}`).join('\n'));
		this.name = 'ContentError';
		this.problems = problems;
	}
}
