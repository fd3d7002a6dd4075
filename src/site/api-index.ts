// Build-time data of the API index page: its rows in reading order, each with the text the filter searches.
import { componentByTag, type Catalog, type Component, type Operation } from '../content-model/index.ts';
import { searchText } from './api-filter.ts';

export interface IndexEntry {
	op: Operation;
	components: Component[];
	/** Lower-case text for the free-text filter: names, slug, method, summary, components and error codes. */
	text: string;
}

/** Every operation, ordered by name then subname then method, so that operations sharing a name sit together. */
export function indexEntries(catalog: Catalog): IndexEntry[] {
	return [...catalog.operations]
		.sort((a, b) => a.api.localeCompare(b.api) || (a.discriminator?.value ?? '').localeCompare(b.discriminator?.value ?? '') || a.method.localeCompare(b.method))
		.map((op) => {
			const components = op.components.map((t) => componentByTag(catalog, t));
			const text = searchText([op.title, op.slug, op.method, op.summary, ...components.flatMap((c) => [c.tag, c.name]), ...op.errors]);
			return { op, components, text };
		});
}
