import type { Catalog, Operation } from './catalog.ts';
import type { Field } from './schemas/field.ts';
import { compareVersions } from './compare-versions.ts';
import { formatPath, type Problem } from './problems.ts';
import { operationSlug } from './slug.ts';
import { platformMarks } from './platform-rules.ts';
import { scalarProblem } from './values.ts';
import { CODE } from '../sdk/codes.ts';
import { allErrors } from './common-errors.ts';
import { linksWithScheme } from './markdown-links.ts';

/** Cross-file and value checks the schemas alone cannot express. Each returns its problems. */
/** Where the error catalogue and the components were read from, as problems name them (PIMS_CONTENT_DIR moves them). */
export interface CatalogueFiles {
	errors: string;
	components: string;
}

const DEFAULT_FILES: CatalogueFiles = { errors: 'content/errors.yaml', components: 'content/components.yaml' };

export const rules: Array<(c: Catalog, files: CatalogueFiles) => Problem[]> = [
	uniqueOperations,
	fileNamesMatchSlugs,
	errorCodesExist,
	namedCodesExist,
	componentsExist,
	relatedOperationsExist,
	discriminatorsMatch,
	fieldShapesAndExamples,
	uniqueNames,
	versionsInOrder,
	cataloguePlaceholders,
	uniqueCatalogueEntries,
	notesAboutUse,
	platformMarks,
	namedCodesDocumented,
];

export function checkCatalog(catalog: Catalog, files: CatalogueFiles = DEFAULT_FILES): Problem[] {
	return rules.flatMap((rule) => rule(catalog, files));
}

function operationKey(op: Operation): string {
	return `${op.method} ${op.api}${op.discriminator ? ` ${op.discriminator.parameter}=${op.discriminator.value}` : ''}`;
}

function uniqueOperations(c: Catalog): Problem[] {
	const seen = new Map<string, string>();
	const problems: Problem[] = [];
	for (const op of c.operations) {
		const key = operationKey(op);
		const first = seen.get(key);
		if (first) problems.push({ file: op.file, path: 'api', message: `"${key}" is already defined in ${first}` });
		else seen.set(key, op.file);
	}
	return problems;
}

/** Pages that live beside the operation pages under /reference/. */
const RESERVED_SLUGS = new Set(['errors', 'changelog', 'components', 'corrections']);

function fileNamesMatchSlugs(c: Catalog): Problem[] {
	return c.operations.flatMap((op) => [
		...(op.file.endsWith(`/${operationSlug(op)}.yaml`) ? [] : [{ file: op.file, path: '', message: `file name should be ${operationSlug(op)}.yaml` }]),
		...(RESERVED_SLUGS.has(op.slug) ? [{ file: op.file, path: 'api', message: `the slug "${op.slug}" is taken by the /reference/${op.slug}/ page` }] : []),
	]);
}

function errorCodesExist(c: Catalog, f: CatalogueFiles): Problem[] {
	const codes = new Set(c.errors.map((e) => e.code));
	return c.operations.flatMap((op) =>
		op.errors.flatMap((code, i) => (codes.has(code) ? [] : [{ file: op.file, path: `errors[${i}]`, message: `${code} is not in the error catalogue (${f.errors})` }])),
	);
}

/** The codes code refers to by name (src/sdk/codes.ts) must be real: a renamed or dropped entry in the catalogue fails the build. */
function namedCodesExist(c: Catalog, f: CatalogueFiles): Problem[] {
	const codes = new Set(c.errors.map((e) => e.code));
	return Object.entries(CODE).flatMap(([name, code]) =>
		codes.has(code) ? [] : [{ file: f.errors, path: '', message: `${code} is missing, but the SDK module names it (CODE.${name} in src/sdk/codes.ts)` }],
	);
}

function componentsExist(c: Catalog, f: CatalogueFiles): Problem[] {
	const tags = new Set(c.components.map((x) => x.tag));
	return c.operations.flatMap((op) =>
		op.components.flatMap((tag, i) => (tags.has(tag) ? [] : [{ file: op.file, path: `components[${i}]`, message: `"${tag}" is not a component in ${f.components}` }])),
	);
}

function relatedOperationsExist(c: Catalog): Problem[] {
	const slugs = new Set(c.operations.map((o) => o.slug));
	const problems: Problem[] = [];
	for (const op of c.operations) {
		op.related.forEach((slug, i) => {
			if (!slugs.has(slug)) problems.push({ file: op.file, path: `related[${i}]`, message: `no operation has the slug "${slug}"` });
			if (slug === op.slug) problems.push({ file: op.file, path: `related[${i}]`, message: 'an operation cannot be related to itself' });
		});
		const texts: Array<[string, string]> = [['description', op.description], ...op.notes.map((n, i): [string, string] => [`notes[${i}]`, n])];
		for (const [path, text] of texts) {
			// Markdown links to operations are written `[text](op:slug)`.
			for (const slug of linksWithScheme(text, 'op')) {
				if (!slugs.has(slug)) problems.push({ file: op.file, path, message: `link to unknown operation "op:${slug}"` });
			}
		}
	}
	return problems;
}

function discriminatorsMatch(c: Catalog): Problem[] {
	const problems: Problem[] = [];
	for (const op of c.operations) {
		const d = op.discriminator;
		if (!d) continue;
		const index = op.parameters.findIndex((p) => p.name === d.parameter);
		const param = op.parameters[index];
		if (!param) {
			problems.push({ file: op.file, path: 'discriminator.parameter', message: `"${d.parameter}" is not one of the parameters` });
			continue;
		}
		if (!param.required) problems.push({ file: op.file, path: `parameters[${index}].required`, message: 'a discriminator must be required' });
		if (d.match === 'presence') {
			if (d.value !== d.parameter) problems.push({ file: op.file, path: 'discriminator.value', message: `must be the parameter's name "${d.parameter}" when the operation is picked by its presence` });
			continue;
		}
		if (param.type !== 'string') problems.push({ file: op.file, path: `parameters[${index}].type`, message: 'a discriminator must be a string' });
		if (param.example !== d.value) problems.push({ file: op.file, path: `parameters[${index}].example`, message: `must equal the subname "${d.value}", got ${JSON.stringify(param.example)}` });
		if (param.values && !(param.values.length === 1 && param.values[0]?.value === d.value))
			problems.push({ file: op.file, path: `parameters[${index}].values`, message: `must be exactly ["${d.value}"] for this operation` });
	}
	return problems;
}

const PLACEHOLDER = /^\s*$|^(todo|tbd|fixme|xxx|n\/a|none|null|\?+|\.\.\.)$/i;

/** Checks one example against its field's type and allowed values; returns what is wrong, or nothing. */
export function exampleProblem(field: Field, example: unknown): string | undefined {
	if (field.type === 'context') return example === undefined ? undefined : 'an Android context has no example; remove it';
	if (field.type === 'object') return example === undefined ? undefined : 'objects take their example from their fields; remove it';
	if (field.type === 'array' && field.items === 'object') return example === undefined ? undefined : 'lists of objects take their example from their fields; remove it';
	if (example === undefined) return 'is required for a field of this type';
	if (field.type === 'array') {
		if (!Array.isArray(example) || example.length === 0) return `expected a non-empty list of ${field.items}, got ${JSON.stringify(example)}`;
		for (const [i, item] of example.entries()) {
			const wrong = exampleScalarProblem(field.items ?? 'string', item, field);
			if (wrong) return `item ${i}: ${wrong}`;
		}
		return undefined;
	}
	return exampleScalarProblem(field.type, example, field);
}

/** A value of the right shape can still be a stand-in rather than an example. */
function exampleScalarProblem(type: string, v: unknown, field: Field): string | undefined {
	if (typeof v === 'string' && PLACEHOLDER.test(v)) return `${JSON.stringify(v)} is a placeholder, not an example`;
	return scalarProblem(type, v, field);
}

function shapeProblem(f: Field): [string, string] | undefined {
	if (f.type === 'array' && !f.items) return ['items', 'a list needs the type of its items'];
	if (f.type !== 'array' && f.items) return ['items', 'only lists have items'];
	const wantsFields = f.type === 'object' || (f.type === 'array' && f.items === 'object');
	if (wantsFields && !f.fields?.length) return ['fields', 'objects need at least one field'];
	if (!wantsFields && f.fields) return ['fields', 'only objects and lists of objects have fields'];
	const numeric = f.type === 'integer' || f.type === 'number' || f.items === 'integer' || f.items === 'number';
	if ((f.minimum !== undefined || f.maximum !== undefined) && !numeric) return ['minimum', 'a range applies to numbers only'];
	if (f.values && (f.type === 'object' || f.type === 'boolean' || f.type === 'context' || f.items === 'object')) return ['values', 'allowed values apply to strings and numbers only'];
	if (f.type === 'context' && f.unit) return ['unit', 'an Android context has no unit'];
	return undefined;
}

function walkFields(fields: Field[], prefix: PropertyKey[], visit: (f: Field, path: PropertyKey[]) => void): void {
	fields.forEach((f, i) => {
		const path = [...prefix, i];
		visit(f, path);
		if (f.fields) walkFields(f.fields, [...path, 'fields'], visit);
	});
}

function fieldShapesAndExamples(c: Catalog): Problem[] {
	const problems: Problem[] = [];
	for (const op of c.operations) {
		for (const list of ['parameters', 'output'] as const) {
			walkFields(op[list], [list], (f, path) => {
				const shape = shapeProblem(f);
				if (shape) problems.push({ file: op.file, path: formatPath([...path, shape[0]]), message: shape[1] });
				const wrong = exampleProblem(f, f.example);
				if (wrong) problems.push({ file: op.file, path: formatPath([...path, 'example']), message: wrong });
			});
		}
	}
	return problems;
}

function duplicatesIn<T>(items: T[], key: (t: T) => string | number): number[] {
	const seen = new Set<string | number>();
	const dup: number[] = [];
	items.forEach((item, i) => {
		const k = key(item);
		if (seen.has(k)) dup.push(i);
		seen.add(k);
	});
	return dup;
}

function uniqueNames(c: Catalog): Problem[] {
	const problems: Problem[] = [];
	for (const op of c.operations) {
		for (const list of ['parameters', 'output'] as const) {
			const check = (fields: Field[], prefix: PropertyKey[]) =>
				duplicatesIn(fields, (f) => f.name).forEach((i) => problems.push({ file: op.file, path: formatPath([...prefix, i, 'name']), message: `"${fields[i]?.name}" appears twice` }));
			check(op[list], [list]);
			walkFields(op[list], [list], (f, path) => f.fields && check(f.fields, [...path, 'fields']));
		}
		duplicatesIn(op.errors, (e) => e).forEach((i) => problems.push({ file: op.file, path: `errors[${i}]`, message: `${op.errors[i]} is listed twice` }));
	}
	return problems;
}

function versionsInOrder(c: Catalog, f: CatalogueFiles): Problem[] {
	const entries = [...c.operations.map((o) => ({ file: o.file, at: '', v: o })), ...c.components.map((x, i) => ({ file: f.components, at: `[${i}].`, v: x }))];
	return entries
		.filter((e) => compareVersions(e.v.lastUpdate, e.v.since) < 0)
		.map((e) => ({ file: e.file, path: `${e.at}lastUpdate`, message: `${e.v.lastUpdate} is older than since (${e.v.since})` }));
}

function cataloguePlaceholders(c: Catalog, f: CatalogueFiles): Problem[] {
	return c.errors.flatMap((e, i) =>
		e.placeholders.flatMap((p, j) => (e.label.includes(`[${p}]`) ? [] : [{ file: f.errors, path: `[${i}].placeholders[${j}]`, message: `the label has no "[${p}]"` }])),
	);
}

function uniqueCatalogueEntries(c: Catalog, f: CatalogueFiles): Problem[] {
	return [
		...duplicatesIn(c.errors, (e) => e.code).map((i) => ({ file: f.errors, path: `[${i}].code`, message: `${c.errors[i]?.code} is defined twice` })),
		...duplicatesIn(c.components, (x) => x.tag).map((i) => ({ file: f.components, path: `[${i}].tag`, message: `${c.components[i]?.tag} is defined twice` })),
	];
}

/** Notes speak of the call; what the published reference says belongs on the corrections page. */
function notesAboutUse(c: Catalog): Problem[] {
	return c.operations.flatMap((op) =>
		op.notes.flatMap((n, i) =>
			/\bpublished (data|reference)\b/i.test(n) ? [{ file: op.file, path: `notes[${i}]`, message: 'speaks of the published reference; move it to content/corrections.yaml' }] : [],
		),
	);
}

/** The codes a text names in code spans (`2365`) that are in the catalogue. */
export function codesNamed(text: string, known: Set<number>): number[] {
	return [...text.matchAll(/`(\d{4})`/g)].map((m) => Number(m[1])).filter((code) => known.has(code));
}

/** A description or note that names an error code tells the reader the call can fail with it: the operation must document it. */
function namedCodesDocumented(c: Catalog, f: CatalogueFiles): Problem[] {
	const known = new Set(c.errors.map((e) => e.code));
	return c.operations.flatMap((op) => {
		const documented = new Set(allErrors(op));
		const texts: Array<[string, string]> = [['description', op.description ?? ''], ...op.notes.map((n, i): [string, string] => [`notes[${i}]`, n])];
		return texts.flatMap(([path, text]) => [
			...[...new Set(codesNamed(text, known))]
				.filter((code) => !documented.has(code))
				.map((code) => ({ file: op.file, path, message: `names error ${code}, which the operation does not document in errors` })),
			...linksWithScheme(text, 'error')
				.filter((code) => !known.has(Number(code)))
				.map((code) => ({ file: op.file, path, message: `links to error ${code}, which is not in the error catalogue (${f.errors})` })),
		]);
	});
}
