// Building the messages of a decision: the documented success, and FAILED with labels filled the way the SDK fills them.
import { errorByCode, type Catalog, type Operation } from '../content-model/catalog.ts';
import { successMessage } from '../content-model/documented-messages.ts';
import { fillLabel, STATUS, type Message } from '../sdk/index.ts';
import { cloneJson } from './clone-json.ts';

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

const successes = new WeakMap<Operation, Message>();

/** The documented SUCCEEDED message, built once per operation and copied for each call (a callback may change it). */
export function documentedSuccess(op: Operation, transactionId: string): Message {
	let template = successes.get(op);
	if (!template) successes.set(op, (template = successMessage(op)));
	return template.result === undefined ? { transactionId, status: template.status } : { transactionId, status: template.status, result: cloneJson(template.result) };
}
