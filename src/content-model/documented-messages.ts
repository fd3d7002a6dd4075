// The messages the content documents for an operation: what its page prints and what the simulator answers
// when nothing in its state says otherwise. Built from the content and the SDK's vocabulary only.
import { errorByCode, type Catalog, type Operation } from './catalog.ts';
import { exampleObject } from './examples.ts';
import { fillLabel, STATUS, type Message } from '../sdk/index.ts';

/** The transactionId printed in documented messages, as on the published pages. */
export const DOC_TRANSACTION_ID = '953cfefb-bc72';

/** The documented SUCCEEDED message. `get` always carries a result; `set` only when it has output; a subscribe acknowledgement never. */
export function successMessage(op: Operation, transactionId: string = DOC_TRANSACTION_ID): Message {
	const msg: Message = { transactionId, status: STATUS.succeeded };
	if (op.method === 'subscribe') return msg;
	if (op.method === 'get' || op.output.length > 0) msg.result = exampleObject(op.output);
	return msg;
}

/** The documented RESULT event of a subscription, built from its output examples. */
export function resultEvent(op: Operation, transactionId: string = DOC_TRANSACTION_ID): Message {
	return { transactionId, status: STATUS.result, result: exampleObject(op.output) };
}

/** The documented FAILED message for one of the operation's error codes. */
export function failedMessage(catalog: Catalog, op: Operation, code: number, transactionId: string = DOC_TRANSACTION_ID): Message {
	return { transactionId, status: STATUS.failed, error: { code, label: fillLabel(errorByCode(catalog, code), op) } };
}
