import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** Validates parsed content against the schemas, then the cross-reference rules. Never throws. */
export function validateCatalog(sources: ContentSources): ValidationResult {
	const problems: Problem[] = [];
	const operations: Operation[] = [];
	for (const src of sources.operations) {
		const parsed = operationSchema.safeParse(src.data);
		if (!parsed.success) problems.push(...problemsFromZod(src.file, parsed.error));
		else operations.push({ ...parsed.data, slug: operationSlug(parsed.data), title: operationTitle(parsed.data), file: src.file });
	}
	const errors = errorCatalogueSchema.safeParse(sources.errors.data);
	if (!errors.success) problems.push(...problemsFromZod(sources.errors.file, errors.error));
	const components = componentListSchema.safeParse(sources.components.data);
	if (!components.success) problems.push(...problemsFromZod(sources.components.file, components.error));
	// Cross-references are only meaningful once every file has its shape.
	if (problems.length > 0 || !errors.success || !components.success) return { ok: false, problems };
	const catalog: Catalog = {
		operations: operations.sort((a, b) => a.slug.localeCompare(b.slug)),
		errors: errors.data,
		components: components.data,
	};
	const crossProblems = checkCatalog(catalog);
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

/** Reads content/ under a project root: every operation file, the error catalogue and the components. */
export function readSources(root: string): { sources: ContentSources; problems: Problem[] } {
	const problems: Problem[] = [];
	const read = (abs: string): SourceFile => {
		const file = relative(root, abs).split('\\').join('/');
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
	const apiDir = join(root, 'content', 'apis');
	const operations = readdirSync(apiDir)
		.filter((n) => n.endsWith('.yaml') && !n.startsWith('_'))
		.sort()
		.map((n) => read(join(apiDir, n)));
	const sources = {
		operations,
		errors: read(join(root, 'content', 'errors.yaml')),
		components: read(join(root, 'content', 'components.yaml')),
	};
	return { sources, problems };
}

const cache = new Map<string, Catalog>();

/** The validated catalogue of a project root, read once per process. Throws ContentError listing every problem. */
export function loadCatalog(root: string = process.cwd()): Catalog {
	const hit = cache.get(root);
	if (hit) return hit;
	const { sources, problems } = readSources(root);
	if (problems.length) throw new ContentError(problems);
	const result = validateCatalog(sources);
	if (!result.ok) throw new ContentError(result.problems);
	cache.set(root, result.catalog);
	return result.catalog;
}
