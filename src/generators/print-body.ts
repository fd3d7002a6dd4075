// Prints handler bodies for any of the three languages; each printer supplies its own syntax.
import { INDENT } from './literal.ts';
import type { Call, Example, Language, Statement } from './call-model.ts';

/** How a branch is written: braces (`"FAILED" -> {`, `if ... {`) or a case label (`case 2307:`). */
export interface BranchStyle {
	/** A branch with nothing to do. */
	empty(head: string): string;
	open(head: string): string;
	/** The closing line, at the branch's indent (braces) or at its body's (a `break;`). */
	close?: { line: string; inBody: boolean };
}

export const BRACES: BranchStyle = { empty: (h) => `${h} { }`, open: (h) => `${h} {`, close: { line: '}', inBody: false } };

export interface BodySyntax {
	language: Language;
	/** A branch on `message.error.code`. */
	switchCode: { before: string[]; after: string[]; caseHead(code: number): string; otherwiseHead: string; cases: BranchStyle; casesIndented: boolean };
}

/** The steps of an example one after another, each with its comment lines, a blank line between them. */
export function printSteps(example: Example, printCall: (call: Call) => string): string {
	return example.steps.map(({ comments, call }) => [...comments.map((c) => `// ${c}`), printCall(call)].join('\n')).join('\n\n');
}

export function printBody(body: Statement[], indent: string, syntax: BodySyntax): string[] {
	return body.flatMap((s): string[] => {
		if (s.kind === 'comment') return [`${indent}// ${s.text}`];
		if (s.kind === 'code') {
			const lines = s.lines[syntax.language];
			if (!lines) throw new Error(`a code statement has no ${syntax.language} lines`);
			return lines.map((l) => indent + l);
		}
		const sw = syntax.switchCode;
		const at = sw.casesIndented ? indent + INDENT : indent;
		return [
			...sw.before.map((l) => indent + l),
			...s.cases.flatMap((c) => printBranch(sw.caseHead(c.code), c.body, at, sw.cases, syntax)),
			...printBranch(sw.otherwiseHead, s.otherwise, at, sw.cases, syntax),
			...sw.after.map((l) => indent + l),
		];
	});
}

/** `head { } // comment` when the body is one comment, else the head, the body one level in, and the close. */
export function printBranch(head: string, body: Statement[], indent: string, style: BranchStyle, syntax: BodySyntax): string[] {
	const only = body.length === 1 ? body[0] : undefined;
	if (body.length === 0) return [indent + style.empty(head)];
	if (only?.kind === 'comment') return [`${indent}${style.empty(head)} // ${only.text}`];
	const close = style.close ? [(style.close.inBody ? indent + INDENT : indent) + style.close.line] : [];
	return [indent + style.open(head), ...printBody(body, indent + INDENT, syntax), ...close];
}
