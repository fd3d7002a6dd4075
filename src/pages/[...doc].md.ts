// The Markdown twin of each page written in MDX (home, get started, guides), e.g. /guides/subscriptions.md.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { catalog } from '../site/catalog.ts';
import { docsMarkdown } from '../site/twins/docs.ts';
import { markdownResponse } from '../site/twins/response.ts';

export const getStaticPaths = (async () => (await getCollection('docs')).map((entry) => ({ params: { doc: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = ({ props: { entry } }) =>
	markdownResponse(docsMarkdown(catalog, entry.body ?? '', entry.data.title, entry.data.description, entry.id === 'index' ? '/' : `/${entry.id}/`));
