import { errorByCode, type Catalog, type Operation } from '../content-model/catalog.ts';
import { resultEvent, successMessage } from '../generators/messages.ts';
import { callArgs, CODE, fillLabel, STATUS, type Message } from '../sdk/index.ts';
import { realClock, type Clock } from './clock.ts';
import { flowsFor, type Refusal } from './flows.ts';
import { seededRandom, transactionIds } from './random.ts';
import { route, routeTable, type SdkMethod } from './route.ts';
import { appliesTo, scenarioProblem, type Conditions, type ScenarioChoice } from './scenarios.ts';
import { createState, type SimState } from './state.ts';
import { isParams, validateParams, type Params } from './validate-params.ts';

export type Callback = (message: Message) => void;

export interface PimsOptions {
	catalog: Catalog;
	/** A forced outcome; an outcome no operation documents is refused when the facade is created. */
	scenario?: ScenarioChoice;
	conditions?: Partial<Conditions>;
	/** Shared state, kept across facades (the console keeps one until Reset). Defaults to a fresh, not initialized one. */
	state?: SimState;
	/** Same seed, same transaction ids. */
	seed?: number;
	clock?: Clock;
	/** Delay before each answer, in ms. */
	latencyMs?: number;
	/** How long a call waits before the slow network makes it fail with 2201, in ms. */
	timeoutMs?: number;
	/** Delay before the first RESULT event, then between events, in ms. */
	firstEventMs?: number;
	eventIntervalMs?: number;
	/** Told when a callback throws; the simulator itself carries on. */
	onCallbackError?: (error: unknown) => void;
}

/** Every call also returns a promise of its first message, callback or not. */
type Reply = Promise<Message>;

export interface Pims {
	initialize(parameters: unknown, callback?: Callback): Reply;
	release(callback?: Callback): Reply;
	get(api: unknown, params?: unknown, callback?: Callback): Reply;
	set(api: unknown, params?: unknown, callback?: Callback): Reply;
	subscribe(api: unknown, params?: unknown, callback?: Callback): Reply;
	unsubscribe(api: unknown, callback?: Callback): Reply;
	/** Stops every timer and subscription of this facade (a console run ending). */
	dispose(): void;
	readonly state: SimState;
}

/** The outcome of steps 1 to 7 for one call. */
type Decision =
	| { kind: 'fail'; code: number; op?: Operation; parameter?: string; delay?: number }
	| { kind: 'ok'; op: Operation; result?: Message['result']; eventError?: number };

export class ScenarioError extends Error {}

export function createPims(options: PimsOptions): Pims {
	const { catalog, scenario } = options;
	if (scenario) {
		const problem = scenarioProblem(catalog, scenario);
		if (problem) throw new ScenarioError(problem);
	}
	const clock = options.clock ?? realClock;
	const latency = options.latencyMs ?? 20;
	const timeout = options.timeoutMs ?? 3000;
	const firstEvent = options.firstEventMs ?? 300;
	const interval = options.eventIntervalMs ?? 1000;
	const conditions: Conditions = { offline: false, slowNetwork: false, ...options.conditions };
	const state = options.state ?? createState(catalog);
	const nextId = transactionIds(seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32)));
	const table = routeTable(catalog);
	const lifecycle = (name: string) => catalog.operations.find((o) => o.method === 'lifecycle' && o.api === `pims.${name}`);
	const timers = new Set<unknown>();
	const subscriptions = new Map<string, { transactionId: string; timer: unknown }>();
	let disposed = false;

	function later(fn: () => void, ms: number): unknown {
		const handle = clock.setTimeout(() => {
			timers.delete(handle);
			if (!disposed) fn();
		}, ms);
		timers.add(handle);
		return handle;
	}

	function deliver(callback: Callback | undefined, message: Message): void {
		if (!callback) return;
		try {
			callback(message);
		} catch (error) {
			options.onCallbackError?.(error);
		}
	}

	function failure(d: Extract<Decision, { kind: 'fail' }>, transactionId: string): Message {
		const entry = errorByCode(catalog, d.code);
		const label = fillLabel(entry, d.op, d.parameter);
		return { transactionId, status: STATUS.failed, error: { code: d.code, label } };
	}

	/** Steps 4 to 7, once an operation is known. */
	function decideFor(op: Operation, params: unknown): Decision {
		if (params !== undefined && params !== null && !isParams(params)) return { kind: 'fail', code: CODE.invalidParameter, op, parameter: 'params' };
		const p: Params = isParams(params) ? params : {};
		const invalid = validateParams(op.parameters, p);
		if (invalid) return { kind: 'fail', code: invalid.code, op, parameter: invalid.parameter };
		const forced = appliesTo(scenario, op);
		if (forced?.kind === 'error') return { kind: 'fail', code: forced.code, op };
		if (conditions.offline && op.errors.includes(CODE.noInternet)) return { kind: 'fail', code: CODE.noInternet, op };
		if (conditions.slowNetwork && op.errors.includes(CODE.timeout)) return { kind: 'fail', code: CODE.timeout, op, delay: timeout };
		const ctx = { state, params: p, op };
		const flows = flowsFor(op);
		for (const flow of flows) {
			const refusal: Refusal | undefined = flow.check?.(ctx);
			if (refusal) return { kind: 'fail', code: refusal.code, op, parameter: refusal.parameter };
		}
		if (op.method === 'subscribe' && subscriptions.has(op.api)) return { kind: 'fail', code: CODE.duplicateCommand, op };
		let result: Message['result'];
		for (const flow of flows) {
			flow.apply?.(ctx);
			result = flow.result?.(ctx) ?? result;
		}
		return { kind: 'ok', op, result, eventError: forced?.kind === 'event-error' ? forced.code : undefined };
	}

	function decide(method: SdkMethod, api: unknown, params: unknown): Decision {
		if (!state.initialized) return { kind: 'fail', code: CODE.facadeNotInitialized };
		const r = route(table, method, api, params);
		if (!r.ok) return { kind: 'fail', code: r.code, parameter: 'parameter' in r ? r.parameter : undefined };
		return decideFor(r.op, params);
	}

	function startEvents(op: Operation, transactionId: string, callback: Callback | undefined, eventError: number | undefined): void {
		let count = 0;
		const tick = () => {
			count += 1;
			const sub = subscriptions.get(op.api);
			if (!sub || sub.transactionId !== transactionId) return;
			const message: Message =
				eventError !== undefined && count % 3 === 0
					? { ...failure({ kind: 'fail', code: eventError, op }, transactionId), status: STATUS.result }
					: resultEvent(op, transactionId);
			sub.timer = later(tick, interval);
			deliver(callback, message);
		};
		subscriptions.set(op.api, { transactionId, timer: later(tick, firstEvent) });
	}

	/** Runs a decision and answers once; never throws. */
	function answer(callback: unknown, run: (transactionId: string) => { message: Message; delay?: number; after?: () => void }): Reply {
		const cb = typeof callback === 'function' ? (callback as Callback) : undefined;
		const transactionId = nextId();
		let outcome: { message: Message; delay?: number; after?: () => void };
		try {
			outcome = run(transactionId);
		} catch {
			// Hostile params (throwing getters, revoked proxies) end up here: the SDK would refuse them.
			outcome = { message: failure({ kind: 'fail', code: CODE.invalidParameter, parameter: 'params' }, transactionId) };
		}
		const send = (resolve?: (m: Message) => void) =>
			later(() => {
				deliver(cb, outcome.message);
				resolve?.(outcome.message);
				outcome.after?.();
			}, outcome.delay ?? latency);
		return new Promise<Message>((resolve) => void send(resolve));
	}

	function call(method: SdkMethod, api: unknown, given: unknown, callback: unknown): Reply {
		const { params, callback: cb } = callArgs<Callback>(given, callback);
		return answer(cb, (transactionId) => {
			const d = decide(method, api, params);
			if (d.kind === 'fail') return { message: failure(d, transactionId), delay: d.delay };
			if (method !== 'subscribe') {
				const message = successMessage(d.op, transactionId);
				if (d.result) message.result = d.result;
				return { message };
			}
			// Register now so a second subscribe in the same tick is already a duplicate.
			subscriptions.set(d.op.api, { transactionId, timer: undefined });
			return { message: successMessage(d.op, transactionId), after: () => startEvents(d.op, transactionId, cb, d.eventError) };
		});
	}

	const pims: Pims = {
		get: (api, params, callback) => call('get', api, params, callback),
		set: (api, params, callback) => call('set', api, params, callback),
		subscribe: (api, params, callback) => call('subscribe', api, params, callback),
		unsubscribe(api, callback) {
			return answer(callback, (transactionId) => {
				if (!state.initialized) return { message: failure({ kind: 'fail', code: CODE.facadeNotInitialized }, transactionId) };
				const known = typeof api === 'string' && table.has(`subscribe ${api}`);
				if (!known) return { message: failure({ kind: 'fail', code: CODE.apiNotSupported }, transactionId) };
				const sub = subscriptions.get(api as string);
				if (sub) {
					clock.clearTimeout(sub.timer);
					timers.delete(sub.timer);
					subscriptions.delete(api as string);
				}
				return { message: { transactionId, status: STATUS.succeeded } };
			});
		},
		initialize(parameters, callback) {
			return answer(callback, (transactionId) => {
				const op = lifecycle('initialize');
				if (state.initialized) return { message: failure({ kind: 'fail', code: CODE.facadeAlreadyInitialized, op }, transactionId) };
				if (op) {
					const d = decideFor(op, parameters);
					if (d.kind === 'fail') return { message: failure(d, transactionId) };
				}
				state.initialized = true;
				return { message: { transactionId, status: STATUS.succeeded } };
			});
		},
		release(callback) {
			return answer(callback, (transactionId) => {
				const op = lifecycle('release');
				const forced = op && appliesTo(scenario, op);
				if (forced?.kind === 'error') return { message: failure({ kind: 'fail', code: forced.code, op }, transactionId) };
				if (!state.initialized) return { message: failure({ kind: 'fail', code: CODE.facadeNotInitialized, op }, transactionId) };
				state.initialized = false;
				for (const [api, sub] of subscriptions) {
					clock.clearTimeout(sub.timer);
					subscriptions.delete(api);
				}
				return { message: { transactionId, status: STATUS.succeeded } };
			});
		},
		dispose() {
			disposed = true;
			for (const t of timers) clock.clearTimeout(t);
			timers.clear();
			subscriptions.clear();
		},
		state,
	};
	return pims;
}
