// The pims facade the console and the tests call: get, set, subscribe, unsubscribe, initialize, release.
// This module wires the pieces: decide.ts decides, lifecycle.ts runs initialize and release, streams.ts makes events.
import type { Catalog } from '../content-model/catalog.ts';
import { callArgs, CODE, isDictionary, STATUS, type Message } from '../sdk/index.ts';
import { realClock, type Clock } from './clock.ts';
import { decide, type DecideContext, type Decision } from './decide.ts';
import { createLifecycle } from './lifecycle.ts';
import { seededRandom, transactionIds } from './random.ts';
import { DEFAULT_PLATFORM, type Platform } from './platform.ts';
import { documentedSuccess, failedMessage, failureError } from './reply.ts';
import { routeTable, type SdkMethod } from './route.ts';
import { scenarioProblem, type Conditions, type ScenarioChoice } from './scenarios.ts';
import { CAR_MS, createState, type SimState } from './state/index.ts';
import { createStreams } from './streams.ts';
import { createSubscriptions, type Subscriptions } from './subscriptions.ts';
import { createTimers } from './timers.ts';
import { takeSnapshot, type TwinSnapshot } from './twin.ts';

export type Callback = (message: Message) => void;

export interface PimsOptions {
	catalog: Catalog;
	/** A forced outcome; an outcome no operation documents is refused when the facade is created. */
	scenario?: ScenarioChoice;
	conditions?: Partial<Conditions>;
	/** The SDK the twin answers as; Android by default. */
	platform?: Platform;
	/** Shared state, kept across facades (the console keeps one until Reset). Defaults to the default preset's. */
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
	/** How long the car takes to report a remote command's outcome on pims.vehicle.signal, in ms. */
	carMs?: number;
	/** Told when a callback throws; the simulator itself carries on. */
	onCallbackError?: (error: unknown) => void;
	/** Told after every message the facade sends, with the state as it then is (the console's state panel). */
	onChange?: (snapshot: TwinSnapshot) => void;
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
	/** The state and the live subscriptions, as plain data. */
	snapshot(): TwinSnapshot;
	readonly state: SimState;
}

export class ScenarioError extends Error {}

/** What a call answers: the message, when, and what happens once it is delivered. */
export interface Outcome {
	message: Message;
	delay?: number;
	after?: () => void;
}

export function createPims(options: PimsOptions): Pims {
	const { catalog, scenario } = options;
	if (scenario) {
		const problem = scenarioProblem(catalog, scenario);
		if (problem) throw new ScenarioError(problem);
	}
	const clock = options.clock ?? realClock;
	const latency = options.latencyMs ?? 20;
	const state = options.state ?? createState(catalog);
	const nextId = transactionIds(seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32)));
	const timers = createTimers(clock);
	const { later } = timers;
	const subs = createSubscriptions(clock, timers.forget);
	const snapshot = () => takeSnapshot(state, subs.list());
	const deliver = deliverer(options, snapshot);
	const ctx = decideContext(options, state, subs, clock);
	const streams = createStreams({
		catalog,
		state,
		clock,
		later,
		subs,
		firstEventMs: options.firstEventMs ?? 300,
		intervalMs: options.eventIntervalMs ?? 1000,
		carMs: options.carMs ?? CAR_MS,
		deliver,
	});

	/** Runs a decision and answers once; never throws. */
	function answer(callback: unknown, run: (transactionId: string) => Outcome): Reply {
		const cb = typeof callback === 'function' ? (callback as Callback) : undefined;
		const transactionId = nextId();
		let outcome: Outcome;
		try {
			outcome = run(transactionId);
		} catch {
			// Hostile params (throwing getters, revoked proxies) end up here: the SDK would refuse them.
			outcome = { message: failedMessage(catalog, { code: CODE.invalidParameter, parameter: 'params' }, transactionId) };
		}
		return new Promise<Message>((resolve) => {
			later(() => {
				deliver(cb, outcome.message);
				resolve(outcome.message);
				outcome.after?.();
			}, outcome.delay ?? latency);
		});
	}

	function succeed(d: Extract<Decision, { kind: 'ok' }>, method: SdkMethod, params: unknown, transactionId: string, cb: Callback | undefined): Outcome {
		// A result that state decides replaces the documented one, which is then not built at all.
		const message: Message = d.result && method !== 'subscribe' ? { transactionId, status: STATUS.succeeded, result: d.result } : documentedSuccess(d.op, transactionId);
		if (method === 'subscribe') {
			const sub = subs.add(d.op.api, d.op.slug, transactionId, clock.now(), (m) => deliver(cb, m));
			return { message, after: () => streams.start(d.op, sub, d.eventError, isDictionary(params) ? params : undefined) };
		}
		const car = d.car;
		if (!car) return { message };
		const error = car.refusal && failureError(catalog, { ...car.refusal, op: d.op });
		return { message, after: () => streams.carReports(error) };
	}

	function call(method: SdkMethod, api: unknown, given: unknown, callback: unknown): Reply {
		const { params, callback: cb } = callArgs<Callback>(given, callback);
		return answer(cb, (transactionId) => {
			const d = decide(ctx, method, api, params);
			if (d.kind === 'fail') return { message: failedMessage(catalog, d, transactionId), delay: d.delay };
			return succeed(d, method, params, transactionId, cb);
		});
	}

	const lifecycle = createLifecycle(ctx, subs);
	return {
		get: (api, params, callback) => call('get', api, params, callback),
		set: (api, params, callback) => call('set', api, params, callback),
		subscribe: (api, params, callback) => call('subscribe', api, params, callback),
		unsubscribe: (api, callback) => answer(callback, (id) => lifecycle.unsubscribe(api, id)),
		initialize: (parameters, callback) => answer(callback, (id) => lifecycle.initialize(parameters, id)),
		release: (callback) => answer(callback, (id) => lifecycle.release(id)),
		dispose() {
			subs.stopAll();
			timers.stopAll();
		},
		snapshot,
		state,
	};
}

/** Hands a message to its callback, if any, then tells `onChange`; a callback that throws is reported, never rethrown. */
function deliverer(options: PimsOptions, snapshot: () => TwinSnapshot): (callback: Callback | undefined, message: Message) => void {
	return (callback, message) => {
		if (callback) {
			try {
				callback(message);
			} catch (error) {
				options.onCallbackError?.(error);
			}
		}
		options.onChange?.(snapshot());
	};
}

/** What each decision reads: the catalogue, the state, the platform, the scenario and conditions, and the live subscriptions. */
function decideContext(options: PimsOptions, state: SimState, subs: Subscriptions, clock: Clock): DecideContext {
	return {
		catalog: options.catalog,
		table: routeTable(options.catalog),
		state,
		platform: options.platform ?? DEFAULT_PLATFORM,
		scenario: options.scenario,
		conditions: { offline: false, slowNetwork: false, ...options.conditions },
		timeoutMs: options.timeoutMs ?? 3000,
		now: () => clock.now(),
		subscribed: (slug) => subs.hasOperation(slug),
		hasSubscription: (api) => subs.has(api),
	};
}
