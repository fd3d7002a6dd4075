// The worker that runs user code against the simulator. It lives inside a sandboxed, opaque-origin
// frame whose Content-Security-Policy it inherits: no DOM, no storage, no network.
//
// It talks to the frame only over a MessagePort the frame hands over in its first message, before
// any user code exists. User code can call self.postMessage, but the frame does not listen there,
// and nothing user code can reach leads to the port.
import { callArgs, type Message } from '../../sdk/index.ts';
import { createPims, type Pims } from '../../simulator/facade.ts';
import type { TwinSnapshot } from '../../simulator/index.ts';
import type { Catalog } from '../../content-model/catalog.ts';
import type { PrepareJob, RunEvent, RunJob, SdkCall } from '../protocol.ts';
import { Activity, watchTimers } from './activity.ts';
import { cut, formatValue, jsonCopy, TEXT_LIMIT } from './format.ts';
import { MAX_CALLS, MESSAGE_CHARS } from './limits.ts';
import { Outbox } from './outbox.ts';

// Captured before user code runs: it may replace any of these afterwards.
const now = performance.now.bind(performance);
const later = setTimeout.bind(self);
const cancel = clearTimeout.bind(self);
const dateNow = Date.now;
const stringify = JSON.stringify;
const dataOf = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')!.get!;
const portsOf = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'ports')!.get!;
let post: (message: unknown) => void = () => {};
const outbox = new Outbox((batch) => post(batch), later, now);
const activity = new Activity(now);
// Times are from the start of the run, not of the (pre-warmed) worker.
let started = now();
const at = () => Math.round(now() - started);
let userModuleUrl = '';
// Set by the first statement of the user module: an import that fails before it is a parse error.
const STARTED = '__pimsRunStarted';
const PREFIX = `globalThis.${STARTED}=true;`;

/** Set when a run could not start: nothing more is sent. */
let muted = false;
function emit(event: RunEvent, size?: number): void {
	if (muted) return;
	if (event.kind !== 'call') activity.output();
	outbox.push(event, size);
}

function report(error: unknown, phase?: 'parse'): void {
	const e = error instanceof Error ? error : new Error(formatValue(error));
	const where = userModuleUrl ? new RegExp(`${userModuleUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`).exec(e.stack ?? '') : null;
	const line = where ? Number(where[1]) : undefined;
	// The prefix shares the first line with the user's code.
	const column = where ? Number(where[2]) - (line === 1 ? PREFIX.length : 0) : undefined;
	emit({ kind: 'error', name: cut(String(e.name), 200), message: cut(String(e.message), 2000), line, column, at: at(), phase }, 2000);
}

/** The facade user code sees: the simulator, with every call and message reported to the console. */
function observed(pims: Pims): Pims {
	let calls = 0;
	const seen = (callback: unknown, call: number) => (message: Message) => {
		sendMessage(message, call);
		if (typeof callback === 'function') (callback as (m: Message) => void)(message);
	};
	/** Reports the call and returns its index, which the messages answering it carry. */
	const record = (call: SdkCall) => {
		// An API name is a short dotted path; a long one is cut, as it is never sent whole.
		if (call.api !== undefined) call.api = cut(call.api, 200);
		// Beyond the cap, calls still run but are no longer listed (their messages go unnamed).
		if (calls < MAX_CALLS) emit({ kind: 'call', call, at: at() });
		return calls++;
	};
	const params = (p: unknown) => jsonCopy<SdkCall['params']>(p);
	// With a callback, it reports each message; without one, the promise's message is reported.
	const track = (call: number, callback: unknown, start: (cb: (m: Message) => void) => Promise<Message>) => {
		if (typeof callback === 'function') return start(seen(callback, call));
		const p = start(() => {});
		void p.then(seen(undefined, call));
		return p;
	};
	return {
		get: (api, given, callback) => {
			const { params: p, callback: cb } = callArgs(given, callback);
			const call = record({ method: 'get', api: String(api), params: params(p) });
			return track(call, cb, (c) => pims.get(api, p, c));
		},
		set: (api, given, callback) => {
			const { params: p, callback: cb } = callArgs(given, callback);
			const call = record({ method: 'set', api: String(api), params: params(p) });
			return track(call, cb, (c) => pims.set(api, p, c));
		},
		subscribe: (api, given, callback) => {
			const { params: p, callback: cb } = callArgs(given, callback);
			const call = record({ method: 'subscribe', api: String(api), params: params(p) });
			// Events go to the console even when user code passes no callback.
			return pims.subscribe(api, p, seen(cb, call));
		},
		unsubscribe: (api, cb) => {
			const call = record({ method: 'unsubscribe', api: String(api) });
			return track(call, cb, (c) => pims.unsubscribe(api, c));
		},
		initialize: (p, cb) => {
			const call = record({ method: 'initialize', params: params(p) });
			return track(call, cb, (c) => pims.initialize(p, c));
		},
		release: (cb) => {
			const call = record({ method: 'release' });
			return track(call, cb, (c) => pims.release(c));
		},
		dispose: () => pims.dispose(),
		snapshot: () => pims.snapshot(),
		get state() {
			return pims.state;
		},
	};
}

/** A message too long to show whole goes as its status and error, with its JSON cut. */
function sendMessage(message: Message, call: number): void {
	let text: string | undefined;
	try {
		text = stringify(message, null, 2);
	} catch {
		text = undefined;
	}
	// A copy: the outbox sends later, and user code gets the same object and may add to it meanwhile.
	if (text !== undefined && text.length <= MESSAGE_CHARS) return emit({ kind: 'message', message: JSON.parse(text) as Message, at: at(), call }, text.length);
	const stub: Message = { transactionId: String(message.transactionId), status: message.status, ...(message.error ? { error: message.error } : {}) };
	emit({ kind: 'message', message: stub, text: cut(text ?? '[unprintable message]', MESSAGE_CHARS), at: at(), call }, MESSAGE_CHARS);
}

function installConsole(): void {
	const levels = ['log', 'info', 'warn', 'error'] as const;
	const target = console as unknown as Record<string, (...args: unknown[]) => void>;
	for (const level of levels)
		target[level] = (...args: unknown[]) => {
			// Each value is cut already; this bounds a line of many values.
			const text = cut(args.map(formatValue).join(' '), 2 * TEXT_LIMIT);
			emit({ kind: 'log', level, text, at: at() }, text.length);
		};
	target.debug = target.log!;
}

let catalog: Catalog | undefined;

// The state goes to the page at most once per batch, and only when it changed, so a stream of
// events does not repeat it.
let lastState = '';
function postState(snapshot: TwinSnapshot): void {
	outbox.stateChanged(() => {
		const text = stringify(snapshot);
		if (text === lastState) return undefined;
		lastState = text;
		return { kind: 'state', state: snapshot.state, subscriptions: snapshot.subscriptions };
	});
}

async function run(job: RunJob): Promise<void> {
	started = now();
	activity.output();
	installConsole();
	watchTimers(self, activity);
	if (!catalog) return report(new Error('The sandbox received no catalogue.'));
	// The module is requested first: its blob is read while the simulator is built below, and it can
	// only be evaluated in a later task, once `pims` and the error listeners are in place.
	userModuleUrl = URL.createObjectURL(new Blob([PREFIX + job.code], { type: 'text/javascript' }));
	const loaded = import(/* @vite-ignore */ userModuleUrl);
	let pims: Pims;
	try {
		pims = createPims({
			catalog,
			scenario: job.scenario,
			conditions: job.conditions,
			state: job.state,
			seed: job.seed,
			platform: job.platform,
			// The answer stays asynchronous (a timer of its own), with no made-up network time added to it: the
			// reader waits for nothing real. The slow-network condition still delays its answers.
			latencyMs: 0,
			// The simulator's own timers (subscriptions, slow network) are not the user's activity.
			clock: { now: dateNow, setTimeout: (fn, ms) => later(fn, ms), clearTimeout: (h) => cancel(h as number) },
			onCallbackError: report,
			onChange: postState,
		});
	} catch (error) {
		// The module evaluates anyway; what it would print after this is not this run's.
		report(error);
		emit({ kind: 'done', at: at() });
		muted = true;
		return;
	}
	(self as unknown as { pims: Pims }).pims = observed(pims);
	self.addEventListener('error', (e) => {
		e.preventDefault();
		report(e.error ?? e.message);
	});
	self.addEventListener('unhandledrejection', (e) => {
		e.preventDefault();
		report(e.reason);
	});
	try {
		await loaded;
	} catch (error) {
		const started = (globalThis as Record<string, unknown>)[STARTED] === true;
		report(error, started ? undefined : 'parse');
	}
	emit({ kind: 'done', at: at() });
}

function onPortMessage(e: MessageEvent): void {
	const data = dataOf.call(e) as { type?: string; nonce?: number } | null;
	if (data?.type === 'ping') {
		// Answering needs a turn of the event loop, and the nonce is only known once the ping arrived:
		// code that keeps the worker busy cannot answer, even if it got hold of the port.
		post({ type: 'pong', nonce: data.nonce, halt: activity.verdict() });
	} else if (data?.type === 'run') void run(data as RunJob);
}

function onFirstMessage(e: MessageEvent): void {
	const data = dataOf.call(e) as PrepareJob | null;
	const [port] = portsOf.call(e) as readonly MessagePort[];
	if (data?.type !== 'prepare' || !port) return;
	self.removeEventListener('message', onFirstMessage);
	catalog = data.catalog;
	post = port.postMessage.bind(port) as (message: unknown) => void;
	port.onmessage = onPortMessage;
	warmUp(catalog);
}

/** A simulator and a call of its own, while this spare worker waits for Run: V8 then compiles the
 * simulator's code here and not during the reader's first run. Its clock never fires, and nothing
 * of it reaches the page. */
function warmUp(catalog: Catalog): void {
	const pims = createPims({ catalog, clock: { now: () => 0, setTimeout: () => 0, clearTimeout: () => undefined } });
	for (const op of catalog.operations.slice(0, 12)) if (op.method !== 'lifecycle') void pims[op.method](op.api, {}, () => undefined);
}
self.addEventListener('message', onFirstMessage);
