import type { Operation } from '../content-model/catalog.ts';
import type { Json } from '../generators/example-values.ts';
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
		matches: is('get-authentication-trustedphonenumber'),
		summary: 'Returns the account’s current trusted phone number, and fails with 2307 while the account has none.',
		check: ({ state, op }) => (state.phoneNumber === null && op.errors.includes(2307) ? { code: 2307 } : undefined),
		result: ({ state }) => ({ phoneNumber: state.phoneNumber ?? '' }),
	},
	{
		matches: is('get-authentication-smscode-phone-number-certification'),
		summary: 'Remembers the number the code was sent to.',
		apply: ({ state, params }) => void (state.pendingPhoneNumber = typeof params.phoneNumber === 'string' ? params.phoneNumber : null),
	},
	{
		matches: (op) => op.parameters.some((p) => p.name === 'smsCode'),
		summary: 'Accepts only the documented SMS code; any other fails with 2305 where the operation documents it, otherwise 2102.',
		check: ({ params, op }) => {
			if (params.smsCode === documentedExample(op, 'smsCode')) return undefined;
			return op.errors.includes(2305) ? { code: 2305 } : { code: 2102, parameter: 'smsCode' };
		},
	},
	{
		matches: (op) => op.slug === 'set-authentication-smscode-add-phone-number' || op.slug === 'set-authentication-smscode-modify-phone-number',
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
