import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import type { Nodes } from 'mdast';
import { routes, withBase } from './paths.ts';

function rewriteLinks(node: Nodes): void {
	if (node.type === 'link' && node.url.startsWith('op:')) node.url = withBase(routes.operation(node.url.slice(3)));
	// `error:2302` links to the code's entry in the catalogue: a reference to another call's error, not a claim about this one.
	if (node.type === 'link' && node.url.startsWith('error:')) node.url = withBase(routes.error(Number(node.url.slice(6))));
	if ('children' in node) for (const child of node.children) rewriteLinks(child);
}

/** Renders content Markdown to HTML at build time; `op:slug` links become page URLs. Raw HTML is not allowed through. */
export function renderMarkdown(md: string): string {
	const tree = fromMarkdown(md);
	rewriteLinks(tree);
	return toHtml(toHast(tree));
}

/** Renders one paragraph of Markdown without the wrapping <p>. */
export function renderInline(md: string): string {
	return renderMarkdown(md).replace(/^<p>|<\/p>$/g, '');
}
