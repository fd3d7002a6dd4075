// The order of decisions (documented in index.ts and on /simulator/), for one call: the first check that applies answers.
import type { Catalog, Operation } from '../content-model/catalog.ts';
import { CODE, isDictionary, type JsonObject } from '../sdk/index.ts';
import { flowsFor } from './flows/index.ts';
import type { FlowContext, Refusal } from './flows/types.ts';
import { hasOperation, operationOn, type Platform } from './platform.ts';
import type { Failure } from './reply.ts';
import { route, type RouteTable, type SdkMethod } from './route.ts';
import { appliesTo, type Conditions, type ScenarioChoice } from './scenarios.ts';
import type { SimState } from './state/index.ts';
import { validateParams, type Params } from './validate-params.ts';

export type Decision =
	| ({ kind: 'fail'; delay?: number } & Failure)
	| {
			kind: 'ok';
			op: Operation;
			result?: JsonObject;
			/** A forced RESULT error to mix into a subscription's events. */
			eventError?: number;
			/** A remote command: what the car will report on pims.vehicle.signal. */
			car?: { refusal?: Refusal };
	  };

export interface DecideContext {
	catalog: Catalog;
	table: RouteTable;
	state: SimState;
	/** The SDK the twin answers as: the other platform's operations are unknown to it, its parameters not read. */
	platform: Platform;
	scenario: ScenarioChoice | undefined;
	conditions: Conditions;
	timeoutMs: number;
	now(): number;
	subscribed(slug: string): boolean;
	hasSubscription(api: string): boolean;
}

/** A refusal is sent only when the operation documents it (2101/2102 name a parameter and always may be). */
const sendable = (op: Operation, r: Refusal) => r.code === CODE.missingParameter || r.code === CODE.invalidParameter || op.errors.includes(r.code);

/** Steps 1 to 3: facade, API and method (on this platform), discriminator; then the rest for the operation reached. */
export function decide(ctx: DecideContext, method: SdkMethod, api: unknown, params: unknown): Decision {
	if (!ctx.state.initialized) return { kind: 'fail', code: CODE.facadeNotInitialized };
	const r = route(ctx.table, method, api, params);
	if (!r.ok) return { kind: 'fail', code: r.code, parameter: 'parameter' in r ? r.parameter : undefined };
	if (!hasOperation(r.op, ctx.platform)) return { kind: 'fail', code: CODE.apiNotSupported };
	return decideFor(ctx, operationOn(r.op, ctx.platform), params);
}

/** Steps 4 to 7, once an operation is known. */
export function decideFor(ctx: DecideContext, op: Operation, params: unknown): Decision {
	// An operation that takes no parameters ignores what it is given, as the SDK does with "no params".
	const takesParams = op.parameters.some((f) => f.name !== op.discriminator?.parameter && f.type !== 'context');
	if (takesParams && params !== undefined && params !== null && !isDictionary(params)) return { kind: 'fail', code: CODE.invalidParameter, op, parameter: 'params' };
	const p: Params = isDictionary(params) ? params : {};
	const invalid = validateParams(op.parameters, p);
	if (invalid) return { kind: 'fail', code: invalid.code, op, parameter: invalid.parameter };
	// Step 5: a forced outcome, then the conditions that hold for every call.
	const forced = appliesTo(ctx.scenario, op);
	if (forced?.kind === 'error') return { kind: 'fail', code: forced.code, op };
	if ((ctx.conditions.offline || ctx.state.device.offline) && op.errors.includes(CODE.noInternet)) return { kind: 'fail', code: CODE.noInternet, op };
	if (ctx.conditions.slowNetwork && op.errors.includes(CODE.timeout)) return { kind: 'fail', code: CODE.timeout, op, delay: ctx.timeoutMs };
	// Step 6: state, through the flows table; the car's own refusals come after the SDK's.
	const flowCtx: FlowContext = { state: ctx.state, params: p, op, catalog: ctx.catalog, now: ctx.now(), subscribed: ctx.subscribed };
	const flows = flowsFor(op);
	for (const flow of flows) {
		if (flow.refusedBy === 'car') continue;
		const refusal = flow.check?.(flowCtx);
		if (refusal && sendable(op, refusal)) return { kind: 'fail', code: refusal.code, op, parameter: refusal.parameter, fill: refusal.fill };
	}
	if (op.method === 'subscribe' && ctx.hasSubscription(op.api)) return { kind: 'fail', code: CODE.duplicateCommand, op };
	const carFlows = flows.filter((f) => f.refusedBy === 'car');
	let carRefusal: Refusal | undefined;
	for (const flow of carFlows) {
		const refusal = flow.check?.(flowCtx);
		if (refusal && sendable(op, refusal)) {
			carRefusal = refusal;
			break;
		}
	}
	// Step 7: success; what it changes, and the result state decides.
	let result: JsonObject | undefined;
	for (const flow of flows) {
		if (flow.refusedBy === 'car' && carRefusal) continue;
		flow.apply?.(flowCtx);
		result = flow.result?.(flowCtx) ?? result;
	}
	return {
		kind: 'ok',
		op,
		result,
		eventError: forced?.kind === 'event-error' ? forced.code : undefined,
		car: carFlows.length ? { refusal: carRefusal } : undefined,
	};
}
