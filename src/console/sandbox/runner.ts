// The worker that runs user code against the simulator. It lives inside a sandboxed, opaque-origin
// frame whose Content-Security-Policy it inherits: no DOM, no storage, no network.
import type { Message } from '../../sdk/index.ts';
import { createPims, type Pims } from '../../simulator/facade.ts';
import type { TwinSnapshot } from '../../simulator/index.ts';
import type { Catalog } from '../../content-model/catalog.ts';
import type { PrepareJob, RunEvent, RunJob, SdkCall } from '../protocol.ts';
import { formatValue, jsonCopy } from './format.ts';

// Captured before user code runs, so user code cannot silence or spoof the channel it replaces.
const post = self.postMessage.bind(self) as (event: RunEvent | { type: 'pong' }) => void;
// Times are from the start of the run, not of the (pre-warmed) worker.
let started = performance.now();
const at = () => Math.round(performance.now() - started);
let userModuleUrl = '';
// Set by the first statement of the user module: an import that fails before it is a parse error.
const STARTED = '__pimsRunStarted';
const PREFIX = `globalThis.${STARTED}=true;`;

function report(error: unknown, phase?: 'parse'): void {
	const e = error instanceof Error ? error : new Error(formatValue(error));
	const where = userModuleUrl ? new RegExp(`${userModuleUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`).exec(e.stack ?? '') : null;
	const line = where ? Number(where[1]) : undefined;
	// The prefix shares the first line with the user's code.
	const column = where ? Number(where[2]) - (line === 1 ? PREFIX.length : 0) : undefined;
	post({ kind: 'error', name: e.name, message: e.message, line, column, at: at(), phase });
}

/** The facade user code sees: the simulator, with every call and message reported to the console. */
function observed(pims: Pims): Pims {
	let calls = 0;
	const seen = (callback: unknown, call: number) => (message: Message) => {
		post({ kind: 'message', message, at: at(), call });
		if (typeof callback === 'function') (callback as (m: Message) => void)(message);
	};
	/** Reports the call and returns its index, which the messages answering it carry. */
	const record = (call: SdkCall) => {
		post({ kind: 'call', call, at: at() });
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
		get: (api, p, cb) => {
			if (typeof p === 'function' && cb === undefined) [p, cb] = [undefined, p as (m: Message) => void];
			const call = record({ method: 'get', api: String(api), params: params(p) });
			return track(call, cb, (c) => pims.get(api, p, c));
		},
		set: (api, p, cb) => {
			if (typeof p === 'function' && cb === undefined) [p, cb] = [undefined, p as (m: Message) => void];
			const call = record({ method: 'set', api: String(api), params: params(p) });
			return track(call, cb, (c) => pims.set(api, p, c));
		},
		subscribe: (api, p, cb) => {
			if (typeof p === 'function' && cb === undefined) [p, cb] = [undefined, p as (m: Message) => void];
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

function installConsole(): void {
	const levels = ['log', 'info', 'warn', 'error'] as const;
	const target = console as unknown as Record<string, (...args: unknown[]) => void>;
	for (const level of levels) target[level] = (...args: unknown[]) => post({ kind: 'log', level, text: args.map(formatValue).join(' '), at: at() });
	target.debug = target.log!;
}

let catalog: Catalog | undefined;

// The state goes to the page only when it changed, so a stream of events does not repeat it.
let lastState = '';
function postState(snapshot: TwinSnapshot): void {
	const text = JSON.stringify(snapshot);
	if (text === lastState) return;
	lastState = text;
	post({ kind: 'state', state: snapshot.state, subscriptions: snapshot.subscriptions });
}

async function run(job: RunJob): Promise<void> {
	started = performance.now();
	installConsole();
	if (!catalog) return report(new Error('The sandbox received no catalogue.'));
	const pims = createPims({
		catalog,
		scenario: job.scenario,
		conditions: job.conditions,
		state: job.state,
		seed: job.seed,
		onCallbackError: report,
		onChange: postState,
	});
	(self as unknown as { pims: Pims }).pims = observed(pims);
	self.addEventListener('error', (e) => {
		e.preventDefault();
		report(e.error ?? e.message);
	});
	self.addEventListener('unhandledrejection', (e) => {
		e.preventDefault();
		report(e.reason);
	});
	userModuleUrl = URL.createObjectURL(new Blob([PREFIX + job.code], { type: 'text/javascript' }));
	try {
		await import(/* @vite-ignore */ userModuleUrl);
	} catch (error) {
		const started = (globalThis as Record<string, unknown>)[STARTED] === true;
		report(error, started ? undefined : 'parse');
	}
	post({ kind: 'done', at: at() });
}

self.addEventListener('message', (e: MessageEvent) => {
	const data = e.data as { type?: string } | null;
	if (data?.type === 'ping') post({ type: 'pong' });
	else if (data?.type === 'prepare') catalog = (data as PrepareJob).catalog;
	else if (data?.type === 'run') void run(data as RunJob);
});
