import type { Catalog, Operation } from '../../content-model/catalog.ts';
import type { JsonObject } from '../../sdk/index.ts';
import type { SimState } from '../state/index.ts';
import type { Params } from '../validate-params.ts';

/** A refusal a flow decides on: a code the operation documents, or 2102 naming the parameter. */
export interface Refusal {
	code: number;
	parameter?: string;
	/** Placeholder values of the label that state decides. */
	fill?: Record<string, string>;
}

export interface FlowContext {
	state: SimState;
	params: Params;
	op: Operation;
	catalog: Catalog;
	/** The facade's clock, in ms. */
	now: number;
	/** Whether a subscription to this operation (by slug) is running on this facade. */
	subscribed(slug: string): boolean;
}

/** What the simulator does beyond the documented success, for the operations that touch state. */
export interface Flow {
	/** Which operations it applies to. */
	matches(op: Operation): boolean;
	/** One sentence for the operation's page and /simulator/. */
	summary: string;
	/** Every code its check can refuse with; a refusal the operation does not document is never sent. */
	codes: readonly number[];
	/**
	 * Where a refusal goes: `call` (default) answers the call with FAILED; `car` means the car refuses a remote
	 * command it received: the call succeeds and the refusal arrives as a RESULT error of pims.vehicle.signal.
	 */
	refusedBy?: 'call' | 'car';
	/** Step 6 of the order of decisions: a refusal based on state, or nothing. */
	check?(ctx: FlowContext): Refusal | undefined;
	/** Applied when the call succeeds (for a command, when the car accepts it). */
	apply?(ctx: FlowContext): void;
	/** The result, when it depends on state rather than on the documented examples. */
	result?(ctx: FlowContext): JsonObject | undefined;
}

export const is =
	(...slugs: string[]) =>
	(op: Operation) =>
		slugs.includes(op.slug);

export const documents = (op: Operation, code: number) => op.errors.includes(code);
