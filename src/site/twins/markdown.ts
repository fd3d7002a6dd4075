// Small Markdown writers for the pages' twins: tables, fenced code, links between twins.
import { withBase } from '../paths.ts';

/** The twin of a page path: `/reference/x/` -> `/reference/x.md`, `/` -> `/index.md`. */
export function twinPath(pagePath: string): string {
	const trimmed = pagePath.replace(/\/$/, '');
	return `${trimmed === '' ? '/index' : trimmed}.md`;
}

/** Content Markdown with `op:slug` links pointing at the operations' twins under the base. */
export function contentMarkdown(md: string): string {
	return md.replace(/\]\(op:([^)\s]+)\)/g, (_m, slug: string) => `](${withBase(twinPath(`/reference/${slug}/`))})`);
}

/** One table cell: no line breaks, pipes escaped. */
export function cell(text: string): string {
	return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

export function table(head: string[], rows: string[][]): string {
	return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** A fenced block whose fence is longer than any run of backticks inside. */
export function fence(lang: string, code: string): string {
	const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
	const f = '`'.repeat(longest + 1);
	return `${f}${lang}\n${code.replace(/\n$/, '')}\n${f}`;
}

/** Inline code that survives backticks in the value. */
export function code(text: string): string {
	return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** Sections joined by blank lines, empty ones left out, ending with one newline. */
export function doc(...parts: Array<string | false | undefined>): string {
	return `${parts
		.filter((p): p is string => typeof p === 'string' && p.trim() !== '')
		.join('\n\n')
		.trim()}\n`;
}
