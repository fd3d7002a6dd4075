// The link targets of a Markdown text, read with the parser the site renders it with (src/site/markdown.ts), so
// that the content rules see exactly the links a page will have, `[x](<op:slug>)` and `[x](op:slug "title")` too.
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

export function linkTargets(markdown: string): string[] {
	const urls: string[] = [];
	const walk = (node: Nodes): void => {
		if (node.type === 'link') urls.push(node.url);
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(fromMarkdown(markdown));
	return urls;
}

/** The targets after `scheme:` of the links that use it, e.g. the slugs of `op:` links. */
export function linksWithScheme(markdown: string, scheme: string): string[] {
	return linkTargets(markdown)
		.filter((url) => url.startsWith(`${scheme}:`))
		.map((url) => url.slice(scheme.length + 1));
}
