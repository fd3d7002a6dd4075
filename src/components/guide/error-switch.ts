// The documented call of a get or set operation, with its FAILED branch switching on the error code.
import { errorByCode, type Catalog, type Operation } from '../../content-model/catalog.ts';
import { documentedCall, kotlinExample, swiftExample } from '../../generators/index.ts';

const INDENT = '    ';
const OTHER = 'any other code';

export interface ErrorCase {
	code: number;
	label: string;
}

/** The cases to branch on: `codes` (each one the operation documents) or else every documented code, in ascending order. */
export function errorCases(catalog: Catalog, op: Operation, codes?: number[]): ErrorCase[] {
	const chosen = codes ?? op.errors;
	const undocumented = chosen.filter((c) => !op.errors.includes(c));
	if (undocumented.length) throw new Error(`${op.slug} does not document error ${undocumented.join(', ')}`);
	if (op.method === 'subscribe') throw new Error(`${op.slug} is a subscription: its errors arrive in two kinds of message, so it has no single FAILED branch`);
	return [...new Set(chosen)].sort((a, b) => a - b).map((code) => ({ code, label: errorByCode(catalog, code).label }));
}

function replaceOnce(code: string, line: string, replacement: string): string {
	const at = code.indexOf(line);
	if (at < 0 || code.indexOf(line, at + 1) >= 0) throw new Error(`the generated example does not have exactly one line ${JSON.stringify(line)}`);
	return code.slice(0, at) + replacement + code.slice(at + line.length);
}

export function kotlinErrorSwitch(op: Operation, cases: ErrorCase[]): string {
	const lines = [
		`${INDENT}"FAILED" -> {`,
		`${INDENT}${INDENT}val code = (message["error"] as? Map<*, *>)?.get("code") as? Int`,
		`${INDENT}${INDENT}when (code) {`,
		...cases.map((c) => `${INDENT}${INDENT}${INDENT}${c.code} -> { } // ${c.label}`),
		`${INDENT}${INDENT}${INDENT}else -> { } // ${OTHER}`,
		`${INDENT}${INDENT}}`,
		`${INDENT}}`,
	];
	return replaceOnce(kotlinExample(documentedCall(op)), `${INDENT}"FAILED" -> { } // handle failed status`, lines.join('\n'));
}

export function swiftErrorSwitch(op: Operation, cases: ErrorCase[]): string {
	const lines = [
		`${INDENT}else if message["status"] as? String == "FAILED" {`,
		`${INDENT}${INDENT}let code = (message["error"] as? [String: Any])?["code"] as? Int ?? 0`,
		`${INDENT}${INDENT}switch code {`,
		...cases.map((c) => `${INDENT}${INDENT}case ${c.code}: break // ${c.label}`),
		`${INDENT}${INDENT}default: break // ${OTHER}`,
		`${INDENT}${INDENT}}`,
		`${INDENT}}`,
	];
	return replaceOnce(swiftExample(documentedCall(op)), `${INDENT}else if message["status"] as? String == "FAILED" { } // handle failed status`, lines.join('\n'));
}
