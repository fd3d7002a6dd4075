// Every page's Markdown twin in reading order, for /llms-full.txt.
import { getCollection } from 'astro:content';
import type { Catalog } from '../../content-model/index.ts';
import type { Correction } from '../../content-model/schemas/correction.ts';
import { indexEntries } from '../api-index.ts';
import { routes } from '../paths.ts';
import { docsMarkdown } from './docs.ts';
import type { DocPage } from './llms.ts';
import { operationMarkdown } from './operation.ts';
import { apiIndexMarkdown, changelogMarkdown, componentMarkdown, correctionsMarkdown, errorsMarkdown } from './pages.ts';

const docPath = (id: string) => (id === 'index' ? '/' : `/${id}/`);

/** The MDX pages, home first, then by path. */
export async function docPages(): Promise<Array<DocPage & { body: string }>> {
	const entries = await getCollection('docs');
	return entries
		.map((e) => ({ title: e.data.title, description: e.data.description ?? '', path: docPath(e.id), body: e.body ?? '' }))
		.sort((a, b) => (a.path === '/' ? -1 : b.path === '/' ? 1 : a.path.localeCompare(b.path)));
}

export async function allTwins(catalog: Catalog, corrections: Correction[]): Promise<Array<{ path: string; markdown: string }>> {
	const docs = (await docPages()).filter((d) => d.path !== '/');
	return [
		...docs.map((d) => ({ path: d.path, markdown: docsMarkdown(catalog, d.body, d.title, d.description, d.path) })),
		{ path: routes.index(), markdown: apiIndexMarkdown(catalog) },
		...indexEntries(catalog).map(({ op }) => ({ path: routes.operation(op.slug), markdown: operationMarkdown(catalog, corrections, op) })),
		{ path: routes.errors(), markdown: errorsMarkdown(catalog) },
		...catalog.components.map((c) => ({ path: routes.component(c.tag), markdown: componentMarkdown(catalog, c) })),
		{ path: routes.changelog(), markdown: changelogMarkdown(catalog) },
		{ path: routes.corrections(), markdown: correctionsMarkdown(catalog, corrections) },
	];
}
