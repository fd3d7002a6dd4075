// The documented call of a get or set operation, with its FAILED branch switching on the error code.
import { errorByCode, type Catalog, type Operation } from '../content-model/catalog.ts';
import { comment, documentedCall, documentedExample, printKotlin, printSwift, withHandler, type Example, type Statement } from '../generators/index.ts';
import { STATUS } from '../sdk/index.ts';

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

/** The documented example with its FAILED handler switching on the error code, one case per code. */
function errorSwitchExample(op: Operation, cases: ErrorCase[]): Example {
	const failed: Statement = { kind: 'switch-code', cases: cases.map((c) => ({ code: c.code, body: [comment(c.label)] })), otherwise: [comment(OTHER)] };
	return withHandler(documentedExample(documentedCall(op)), STATUS.failed, [failed]);
}

export function kotlinErrorSwitch(op: Operation, cases: ErrorCase[]): string {
	return printKotlin(errorSwitchExample(op, cases));
}

export function swiftErrorSwitch(op: Operation, cases: ErrorCase[]): string {
	return printSwift(errorSwitchExample(op, cases));
}
