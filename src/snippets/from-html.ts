// The Kotlin and Swift code blocks of a built site, read from the text each block's copy button carries.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { htmlFiles } from '../site/html-files.ts';
import type { Snippet, SnippetLanguage } from './parse.ts';

const BLOCK = /<pre data-language="(kotlin|swift)"[\s\S]*?data-code="([^"]*)"/g;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(attr: string): string {
	return (
		attr
			.replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
			.replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
			.replace(/&([a-z]+);/g, (m, name: string) => ENTITY[name] ?? m)
			// Expressive Code separates the lines of the copied text with U+007F.
			.replace(/\u007f/g, '\n')
	);
}

/** The site path of a built page, e.g. `/reference/x/` for `dist/reference/x/index.html`. */
export function pagePath(dist: string, file: string): string {
	const rel = relative(dist, file).split(sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function snippetsOfHtml(where: string, html: string): Snippet[] {
	return [...html.matchAll(BLOCK)].map((m) => ({ where, lang: m[1] as SnippetLanguage, code: decode(m[2] ?? '') }));
}

export function builtSnippets(dist: string): Snippet[] {
	return htmlFiles(dist).flatMap((file) => snippetsOfHtml(pagePath(dist, file), readFileSync(file, 'utf8')));
}
