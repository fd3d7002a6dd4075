import type { Operation } from '../content-model/catalog.ts';
import { CODE, OP, type Json } from '../sdk/index.ts';
import type { SimState } from './state.ts';
import type { Params } from './validate-params.ts';

/** A refusal a flow decides on: a code the operation documents, or 2102 naming the parameter. */
export interface Refusal {
	code: number;
	parameter?: string;
}

export interface FlowContext {
	state: SimState;
	params: Params;
	op: Operation;
}

/** What the simulator does beyond the documented success, for the operations that touch state. */
export interface Flow {
	/** Which operations it applies to. */
	matches(op: Operation): boolean;
	/** One sentence for the operation's page. */
	summary: string;
	/** Step 6 of the order of decisions: a refusal based on state, or nothing. */
	check?(ctx: FlowContext): Refusal | undefined;
	/** Applied when the call succeeds. */
	apply?(ctx: FlowContext): void;
	/** The result, when it depends on state rather than on the documented examples. */
	result?(ctx: FlowContext): { [key: string]: Json };
}

const is = (slug: string) => (op: Operation) => op.slug === slug;

/** The documented example of a parameter: the one value the simulator accepts for secrets such as SMS codes. */
function documentedExample(op: Operation, name: string): unknown {
	return op.parameters.find((p) => p.name === name)?.example;
}

/**
 * The state table. Each row is small and local: adding a flow means adding a row.
 * Every refusal is a code the operation documents, or 2102 naming the parameter.
 */
export const flows: Flow[] = [
	{
		matches: is(OP.trustedPhoneNumber),
		summary: `Returns the account’s current trusted phone number, and fails with ${CODE.noPhoneNumber} while the account has none.`,
		check: ({ state, op }) => (state.phoneNumber === null && op.errors.includes(CODE.noPhoneNumber) ? { code: CODE.noPhoneNumber } : undefined),
		result: ({ state }) => ({ phoneNumber: state.phoneNumber ?? '' }),
	},
	{
		matches: is(OP.phoneNumberCertification),
		summary: 'Remembers the number the code was sent to.',
		apply: ({ state, params }) => void (state.pendingPhoneNumber = typeof params.phoneNumber === 'string' ? params.phoneNumber : null),
	},
	{
		matches: (op) => op.parameters.some((p) => p.name === 'smsCode'),
		summary: `Accepts only the documented SMS code; any other fails with ${CODE.invalidSmsCode} where the operation documents it, otherwise ${CODE.invalidParameter}.`,
		check: ({ params, op }) => {
			if (params.smsCode === documentedExample(op, 'smsCode')) return undefined;
			return op.errors.includes(CODE.invalidSmsCode) ? { code: CODE.invalidSmsCode } : { code: CODE.invalidParameter, parameter: 'smsCode' };
		},
	},
	{
		matches: (op) => op.slug === OP.addPhoneNumber || op.slug === OP.modifyPhoneNumber,
		summary: 'Makes phoneNumber the account’s trusted phone number, which trustedphonenumber then returns.',
		apply: ({ state, params }) => {
			if (typeof params.phoneNumber === 'string') state.phoneNumber = params.phoneNumber;
			state.pendingPhoneNumber = null;
		},
	},
];

export function flowsFor(op: Operation): Flow[] {
	return flows.filter((f) => f.matches(op));
}
