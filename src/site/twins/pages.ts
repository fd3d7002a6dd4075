// The reference's index pages as Markdown: API index, error codes, changelog, corrections, component pages.
import { correctionsFor } from '../../content-model/correction-rules.ts';
import { operationsWithError, type Catalog, type Component, type Operation } from '../../content-model/index.ts';
import type { Correction } from '../../content-model/schemas/correction.ts';
import { indexEntries } from '../api-index.ts';
import { releases } from '../changelog.ts';
import { ERROR_FAMILIES } from '../error-families.ts';
import { connectivityText, securityText } from '../labels.ts';
import { routes, withBase } from '../paths.ts';
import { code, contentMarkdown, doc, table, twinPath } from './markdown.ts';
import { operationHeading } from './operation.ts';

const opLink = (op: Operation) => `[${code(operationHeading(op))}](${withBase(twinPath(routes.operation(op.slug)))})`;
const opList = (ops: Operation[]) => ops.map((op) => `- ${opLink(op)}: ${op.summary}`).join('\n');

export function apiIndexMarkdown(catalog: Catalog): string {
	const rows = indexEntries(catalog).map(({ op, components }) => [opLink(op), components.map((c) => c.name).join(', '), `v${op.since}`, `v${op.lastUpdate}`, op.summary]);
	return doc('# API index', `> All ${rows.length} operations of the pims SDK.`, table(['Operation', 'Component', 'Since', 'Last update', 'Summary'], rows));
}

export function errorsMarkdown(catalog: Catalog): string {
	return doc(
		'# Error codes',
		'> Every error code the pims SDK can return, by family, with the operations that document it.',
		"A failed call's message carries `error.code`, an integer, and `error.label`, the SDK's text. Labels with a bracketed part such as `[PARAMETER]` are templates: the SDK puts the actual name in its place.",
		...ERROR_FAMILIES.flatMap((f) => [
			`## ${f.title}`,
			f.intro,
			...catalog.errors
				.filter((e) => e.family === f.family)
				.map((e) => {
					const ops = operationsWithError(catalog, e.code);
					return doc(`### ${e.code} · ${e.label}`, contentMarkdown(e.description), ops.length > 0 && `Documented by:\n\n${ops.map((o) => `- ${opLink(o)}`).join('\n')}`).trim();
				}),
		]),
	);
}

export function changelogMarkdown(catalog: Catalog): string {
	return doc(
		'# Changelog',
		'> The operations each version of the pims SDK added or changed, newest version first.',
		...releases(catalog).flatMap((r) => [`## Version ${r.version}`, r.added.length > 0 && `### Added\n\n${opList(r.added)}`, r.updated.length > 0 && `### Updated\n\n${opList(r.updated)}`]),
	);
}

export function correctionsMarkdown(catalog: Catalog, corrections: Correction[]): string {
	const concerns = (k: Correction) => (k.fields ? k.fields.map(code).join(', ') : k.codes ? k.codes.map((c) => `error ${code(String(c))}`).join(', ') : 'The operation as a whole');
	return doc(
		'# Corrections to the published reference',
		'> Every place where this site documents the pims SDK differently from the published reference, and why.',
		...catalog.operations.flatMap((op) => {
			const list = correctionsFor(corrections, op.slug);
			return list.length === 0
				? []
				: [
						`## ${operationHeading(op)}`,
						table(
							['Concerns', 'Published reference', 'This site', 'Why'],
							list.map((k) => [concerns(k), k.published, k.site, k.why]),
						),
					];
		}),
	);
}

export function componentMarkdown(catalog: Catalog, c: Component): string {
	const ops = catalog.operations.filter((o) => o.components.includes(c.tag));
	return doc(
		`# ${c.name} component`,
		`> The ${c.name} component (${code(c.tag)}) of the pims SDK and its ${ops.length} operations.`,
		[`- Domain: ${code(c.domain)}`, `- Since: v${c.since}`, `- Last update: v${c.lastUpdate}`, `- Security: ${securityText(c.security)}`, `- Connectivity: ${connectivityText(c)}`].join('\n'),
		'## What it does',
		contentMarkdown(c.description),
		'## Operations',
		ops.length ? opList(ops) : 'No operation belongs to this component yet.',
	);
}
