import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { Catalog, Operation } from './catalog.ts';
import { ContentError, problemsFromZod, type Problem } from './problems.ts';
import { checkCatalog } from './rules.ts';
import { componentListSchema } from './schemas/component.ts';
import { errorCatalogueSchema } from './schemas/error.ts';
import { operationSchema } from './schemas/operation.ts';
import { operationSlug, operationTitle } from './slug.ts';

/** One content file's parsed data, named by its path relative to the project root. */
export interface SourceFile {
	file: string;
	data: unknown;
}

export interface ContentSources {
	operations: SourceFile[];
	errors: SourceFile;
	components: SourceFile;
}

export type ValidationResult = { ok: true; catalog: Catalog } | { ok: false; problems: Problem[] };

/** Zod's issues carry the value only when asked: without it a value of the wrong type reads as a missing one. */
export const WITH_INPUT = { reportInput: true } as const;

/** Validates parsed content against the schemas, then the cross-reference rules. Never throws. */
export function validateCatalog(sources: ContentSources): ValidationResult {
	const problems: Problem[] = [];
	const operations: Operation[] = [];
	for (const src of sources.operations) {
		const parsed = operationSchema.safeParse(src.data, WITH_INPUT);
		if (!parsed.success) problems.push(...problemsFromZod(src.file, parsed.error));
		else operations.push({ ...parsed.data, slug: operationSlug(parsed.data), title: operationTitle(parsed.data), file: src.file });
	}
	const errors = errorCatalogueSchema.safeParse(sources.errors.data, WITH_INPUT);
	if (!errors.success) problems.push(...problemsFromZod(sources.errors.file, errors.error));
	const components = componentListSchema.safeParse(sources.components.data, WITH_INPUT);
	if (!components.success) problems.push(...problemsFromZod(sources.components.file, components.error));
	// Cross-references are only meaningful once every file has its shape.
	if (problems.length > 0 || !errors.success || !components.success) return { ok: false, problems };
	const catalog: Catalog = {
		operations: operations.sort((a, b) => a.slug.localeCompare(b.slug)),
		errors: errors.data,
		components: components.data,
	};
	const crossProblems = checkCatalog(catalog, { errors: sources.errors.file, components: sources.components.file });
	return crossProblems.length > 0 ? { ok: false, problems: crossProblems } : { ok: true, catalog };
}

/** Parses YAML text; syntax errors become problems with their line and column. */
export function parseYaml(file: string, text: string): { data: unknown; problems: Problem[] } {
	const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
	const problems = doc.errors.map((e) => {
		const pos = e.linePos?.[0];
		const message = (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '');
		return { file, path: pos ? `line ${pos.line}:${pos.col}` : '', message };
	});
	return { data: problems.length ? undefined : doc.toJS(), problems };
}

/**
 * Where apis/, errors.yaml and components.yaml live: `<root>/content`, or the folder named by the
 * PIMS_CONTENT_DIR environment variable (relative to the working directory), which lets a build
 * or a benchmark use another catalogue. Guides stay in `<root>/content/docs` either way.
 */
export function contentDir(root: string): string {
	const override = process.env.PIMS_CONTENT_DIR;
	return override ? resolve(override) : join(root, 'content');
}

/** A file's name in problems: relative to the project root when inside it, absolute otherwise. */
function displayPath(root: string, abs: string): string {
	const rel = relative(root, abs);
	return (rel.startsWith('..') || isAbsolute(rel) ? abs : rel).split('\\').join('/');
}

/** Reads the content folder of a project root: every operation file, the error catalogue and the components. */
export function readSources(root: string): { sources: ContentSources; problems: Problem[] } {
	const problems: Problem[] = [];
	const dir = contentDir(root);
	const read = (abs: string): SourceFile => {
		const file = displayPath(root, abs);
		let text: string;
		try {
			text = readFileSync(abs, 'utf8');
		} catch {
			problems.push({ file, path: '', message: 'cannot be read' });
			return { file, data: undefined };
		}
		const parsed = parseYaml(file, text);
		problems.push(...parsed.problems);
		return { file, data: parsed.data };
	};
	const apiDir = join(dir, 'apis');
	let names: string[] = [];
	try {
		names = readdirSync(apiDir);
	} catch {
		problems.push({ file: displayPath(root, apiDir), path: '', message: 'folder cannot be read' });
	}
	const operations = names
		.filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
		.sort()
		.map((n) => read(join(apiDir, n)));
	const sources = {
		operations,
		errors: read(join(dir, 'errors.yaml')),
		components: read(join(dir, 'components.yaml')),
	};
	return { sources, problems };
}

const cache = new Map<string, Catalog>();

/** The validated catalogue of a project root, read once per process and content folder. Throws ContentError listing every problem. */
export function loadCatalog(root: string = process.cwd()): Catalog {
	const key = contentDir(root);
	const hit = cache.get(key);
	if (hit) return hit;
	const { sources, problems } = readSources(root);
	if (problems.length) throw new ContentError(problems);
	const result = validateCatalog(sources);
	if (!result.ok) throw new ContentError(result.problems);
	cache.set(key, result.catalog);
	return result.catalog;
}
