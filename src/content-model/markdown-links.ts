// The link targets of a Markdown text, read with the parser the site renders it with (src/site/markdown.ts), so
// that the content rules see exactly the links a page will have, `[x](<op:slug>)` and `[x](op:slug "title")` too.
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

// Parsing is slow and several rules read the same texts; a catalogue repeats many of them.
const parsed = new Map<string, string[]>();

export function linkTargets(markdown: string): readonly string[] {
	// A link node comes from `](` or from an autolink `<scheme:...>`; most texts have neither.
	if (!markdown.includes('](') && !markdown.includes('<')) return [];
	const hit = parsed.get(markdown);
	if (hit) return hit;
	const urls: string[] = [];
	const walk = (node: Nodes): void => {
		if (node.type === 'link') urls.push(node.url);
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(fromMarkdown(markdown));
	if (parsed.size > 10_000) parsed.clear();
	parsed.set(markdown, urls);
	return urls;
}

/** The targets after `scheme:` of the links that use it, e.g. the slugs of `op:` links. */
export function linksWithScheme(markdown: string, scheme: string): string[] {
	return linkTargets(markdown)
		.filter((url) => url.startsWith(`${scheme}:`))
		.map((url) => url.slice(scheme.length + 1));
}
