// Building the FAILED message of a decision; labels are filled the way the SDK fills them.
import { errorByCode, type Catalog, type Operation } from '../content-model/catalog.ts';
import { fillLabel, STATUS, type Message } from '../sdk/index.ts';

/** A call that fails: the code, the operation when one was reached, the parameter or placeholder values its label names. */
export interface Failure {
	code: number;
	op?: Operation;
	parameter?: string;
	/** Placeholder values that state decides, e.g. the trip id of 2370. */
	fill?: Record<string, string>;
}

export function failureError(catalog: Catalog, f: Failure): { code: number; label: string } {
	const entry = errorByCode(catalog, f.code);
	const source = f.op && f.fill ? { ...f.op, placeholders: { ...f.op.placeholders, ...f.fill } } : f.op;
	return { code: f.code, label: fillLabel(entry, source, f.parameter) };
}

export function failedMessage(catalog: Catalog, f: Failure, transactionId: string): Message {
	return { transactionId, status: STATUS.failed, error: failureError(catalog, f) };
}
