// The guides' error codes, checked like an operation's description. Where a guide ties a code to an operation (an
// example of its message or event, a step of a sequence diagram that answers it), the operation must document the
// code; any code a guide links to must be in the catalogue. Plain text in, problems out, so tests feed it any guide.
import type { Catalog } from './catalog.ts';
import { allErrors } from './common-errors.ts';
import type { Problem } from './problems.ts';

/**
 * The ties, each a pattern for the whole construct and where its operation and code sit in it. Prose that names a
 * code beside an operation link is no tie: "until initialize succeeds, every call fails with 2001" names the
 * operation as the remedy, not as the source. A slug is taken as written, capitals included, so that one which is not
 * an operation's is named rather than its code left unchecked.
 */
const TIES = [
	{ what: 'an example', pattern: /<(?:MessageExample|EventErrorExample)\b[^>]*>/g, slug: /\bslug="([^"]+)"/, code: /\b(?:message|code)=\{(\d+)\}/ },
	{ what: 'a sequence step', pattern: /\{[^{}\n]*\banswer:\s*'[^']+'[^{}\n]*\}/g, slug: /\banswer:\s*'([^']+)'/, code: /\boutcome:\s*(\d+)/ },
];

const ERROR_REF = /<ErrorRef\b[^>]*\bcode=\{(\d+)\}/g;

/** The problems of one guide: `file` names it in messages, `text` is its MDX source. */
export function guideCodeProblems(file: string, text: string, catalog: Catalog): Problem[] {
	const known = new Set(catalog.errors.map((e) => e.code));
	const bySlug = new Map(catalog.operations.map((o) => [o.slug, o]));
	const lineOf = (index: number) => `line ${text.slice(0, index).split('\n').length}`;
	const problems: Problem[] = [];
	for (const tie of TIES) {
		for (const m of text.matchAll(tie.pattern)) {
			const slug = tie.slug.exec(m[0])?.[1];
			const code = Number(tie.code.exec(m[0])?.[1]);
			if (!slug || !code) continue;
			const op = bySlug.get(slug);
			if (!op) problems.push({ file, path: lineOf(m.index), message: `${tie.what} names operation ${slug}, which is not in content/apis` });
			else if (!allErrors(op).includes(code)) problems.push({ file, path: lineOf(m.index), message: `${tie.what} shows error ${code} for ${slug}, which that operation does not document in errors` });
		}
	}
	for (const m of text.matchAll(ERROR_REF)) {
		if (!known.has(Number(m[1]))) problems.push({ file, path: lineOf(m.index), message: `links to error ${m[1]}, which is not in the error catalogue` });
	}
	return problems;
}
