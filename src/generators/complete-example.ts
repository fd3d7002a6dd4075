// The complete example of an operation on one platform, as call-model data: it reads the result's fields into
// typed values, reads error.code and error.label, and branches on one documented error; a subscription also stops.
import type { Field, Operation, Platform } from '../content-model/catalog.ts';
import { CODE, FIRST_FAMILY_CODE, STATUS } from '../sdk/index.ts';
import type { Call, Example, Handler, Statement } from './call-model.ts';
import { documentedCall, paramsFor } from './call-shape.ts';

/** Names the handler already uses, and keywords of either language, get a suffix as local names. */
const TAKEN = new Set(['message', 'result', 'error', 'code', 'label', 'protocol', 'default', 'in', 'is', 'as', 'class', 'object', 'when', 'self']);
const localName = (field: Field) => (TAKEN.has(field.name) ? `${field.name}Value` : field.name);

function kotlinRead(f: Field): string {
	const get = `result?.get("${f.name}")`;
	const cast: Record<Field['type'], string> = {
		string: `${get} as? String`,
		integer: `(${get} as? Number)?.toInt()`,
		number: `(${get} as? Number)?.toDouble()`,
		boolean: `${get} as? Boolean`,
		object: `${get} as? Map<*, *>`,
		array: `${get} as? List<*>`,
		context: `${get}`,
	};
	return `val ${localName(f)} = ${cast[f.type]}`;
}

function swiftRead(f: Field): string {
	const get = `result?["${f.name}"]`;
	const type: Record<Field['type'], string> = {
		string: 'String',
		integer: 'Int',
		number: 'Double',
		boolean: 'Bool',
		object: '[String: Any]',
		array: '[Any]',
		context: 'Any',
	};
	return `let ${localName(f)} = ${get} as? ${type[f.type]}`;
}

/** Reads every output field the platform's SDK returns; an empty list when the call returns nothing. */
function resultReads(op: Operation, platform: Platform): Statement[] {
	const fields = op.output.filter((f) => f.type !== 'context' && (f.platform?.only ?? platform) === platform);
	if (fields.length === 0) return [];
	const names = fields.map(localName).join(', ');
	return [
		{
			kind: 'code',
			lines: {
				kotlin: ['val result = message["result"] as? Map<*, *>', ...fields.map(kotlinRead), `println(listOf(${names}))`],
				swift: ['let result = message["result"] as? [String: Any]', ...fields.map(swiftRead), `print(${names})`],
			},
		},
	];
}

/** The error a complete example handles by code: the operation's own (23xx) first, else the first documented one. */
export function handledError(op: Operation): number | undefined {
	return op.errors.find((c) => c >= FIRST_FAMILY_CODE) ?? op.errors.find((c) => c !== CODE.facadeNotInitialized) ?? op.errors[0];
}

function failedBody(op: Operation, labelOf: (code: number) => string): Statement[] {
	const handled = handledError(op);
	const label: Statement = {
		kind: 'code',
		lines: {
			kotlin: ['val label = (message["error"] as? Map<*, *>)?.get("label") as? String'],
			swift: ['let label = (message["error"] as? [String: Any])?["label"] as? String ?? ""'],
		},
	};
	const otherwise: Statement = { kind: 'code', lines: { kotlin: ['println("failed: $code $label")'], swift: ['print("failed:", code, label)'] } };
	if (handled === undefined) return [label, { kind: 'switch-code', cases: [], otherwise: [otherwise] }];
	return [label, { kind: 'switch-code', cases: [{ code: handled, body: [{ kind: 'comment', text: labelOf(handled) }] }], otherwise: [otherwise] }];
}

const UNSUBSCRIBE_FAILED: Statement = {
	kind: 'code',
	lines: {
		kotlin: ['val error = message["error"] as? Map<*, *>', 'println("not stopped: ${error?.get("code")} ${error?.get("label")}")'],
		swift: ['let error = message["error"] as? [String: Any]', 'print("not stopped:", error?["code"] as? Int ?? 0, error?["label"] as? String ?? "")'],
	},
};

/** The complete example of `op` as the platform's SDK takes it. `labelOf` gives an error's label for the comment. */
export function completeExample(op: Operation, platform: Platform, labelOf: (code: number) => string): Example {
	const shape = documentedCall(op);
	const base = { ...shape, params: paramsFor(shape, platform) };
	const reads = resultReads(op, platform);
	const failed: Handler = { status: STATUS.failed, body: failedBody(op, labelOf) };
	if (shape.kind !== 'subscribe') {
		const succeeded: Handler = { status: STATUS.succeeded, body: reads.length ? reads : [{ kind: 'comment', text: 'done: this call returns no data' }] };
		return { steps: [{ comments: [], call: { ...base, handlers: [succeeded, failed] } }] };
	}
	const call: Call = {
		...base,
		handlers: [
			{ status: STATUS.succeeded, body: [{ kind: 'comment', text: 'subscribed: RESULT events follow' }] },
			failed,
			{ status: STATUS.result, body: [...reads, { kind: 'comment', text: 'an event may carry message["error"] instead; the subscription goes on' }] },
		],
	};
	const stop: Call = {
		kind: 'unsubscribe',
		name: shape.name,
		handlers: [
			{ status: STATUS.succeeded, body: [{ kind: 'comment', text: 'no more events' }] },
			{ status: STATUS.failed, body: [UNSUBSCRIBE_FAILED] },
		],
	};
	return {
		steps: [
			{ comments: [], call },
			{ comments: ['when the screen goes away, stop the events'], call: stop },
		],
	};
}
