// /llms.txt (every page with its one-line summary) and /llms-full.txt (the whole reference in one file).
import type { Catalog } from '../../content-model/index.ts';
import { indexEntries } from '../api-index.ts';
import { routes, withBase } from '../paths.ts';
import { operationHeading } from './operation.ts';
import { doc, twinPath } from './markdown.ts';

export const SITE_DESCRIPTION =
	'The interactive reference for the pims Mobile SDK, the Android (Kotlin) and iOS (Swift) SDK through which apps talk to connected cars of the Peugeot, Citroën, DS, Opel and Vauxhall brands.';

export interface DocPage {
	title: string;
	description: string;
	/** The page's path, e.g. `/guides/subscriptions/`. */
	path: string;
}

/** The first sentence of a Markdown text, with links reduced to their text. */
function firstSentence(md: string): string {
	const text = md
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
	return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

const line = (title: string, path: string, summary: string) => `- [${title}](${withBase(twinPath(path))}): ${summary}`;

/** The index of every page, grouped as the sidebar groups them; each link points at the page's Markdown twin. */
export function llmsIndex(catalog: Catalog, docs: DocPage[], description: string): string {
	const home = docs.find((d) => d.path === '/');
	const rest = docs.filter((d) => d.path !== '/');
	return doc(
		'# pims docs',
		`> ${description}`,
		`Each link below is the Markdown version of a page; the HTML page is at the same path without \`.md\`. The whole reference in one file: [llms-full.txt](${withBase('/llms-full.txt')}).`,
		'## Guides',
		[
			home && line('Home', '/', home.description),
			...rest.map((d) => line(d.title, d.path, d.description)),
			line('Playground', '/playground/', 'Call any pims SDK operation against the simulator, with every documented error one choice away.'),
		]
			.filter(Boolean)
			.join('\n'),
		'## Reference',
		[
			line('API index', routes.index(), `All ${catalog.operations.length} operations of the pims SDK in one table.`),
			line('Error codes', routes.errors(), 'Every error code the pims SDK can return, by family, with the operations that document it.'),
			line('Changelog', routes.changelog(), 'The operations each version of the pims SDK added or changed, newest version first.'),
			line('Corrections', routes.corrections(), 'Every place where this site documents the pims SDK differently from the published reference, and why.'),
		].join('\n'),
		'## Components',
		catalog.components.map((c) => line(`${c.name} component`, routes.component(c.tag), firstSentence(c.description))).join('\n'),
		'## Operations',
		indexEntries(catalog)
			.map(({ op }) => line(operationHeading(op), routes.operation(op.slug), op.summary))
			.join('\n'),
	);
}

/** Pages' Markdown, one after the other, each under a rule naming where it comes from. */
export function llmsFull(description: string, pages: Array<{ path: string; markdown: string }>): string {
	return doc('# pims docs: the whole reference', `> ${description}`, ...pages.map((p) => `---\n\nSource: ${withBase(twinPath(p.path))}\n\n${p.markdown.replace(/^# /, '# ').trim()}`));
}
