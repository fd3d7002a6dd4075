// What the console, the sandbox frame and the worker say to each other. The host checks every
// message from the sandbox against these shapes: user code can post anything.
import { isDictionary, type Message } from '../sdk/index.ts';
import type { Catalog } from '../content-model/catalog.ts';
import type { Conditions, Platform, ScenarioChoice, SimState, SubscriptionInfo } from '../simulator/index.ts';
import type { Json } from '../sdk/index.ts';

/** Sent once to each worker as soon as it exists, so a run does not wait for the catalogue. */
export interface PrepareJob {
	type: 'prepare';
	catalog: Catalog;
}

/** Everything else a run needs; sent to a prepared worker when Run is pressed. */
export interface RunJob {
	type: 'run';
	code: string;
	scenario?: ScenarioChoice;
	conditions: Conditions;
	state: SimState;
	seed: number;
	/** The SDK the simulator answers as; Android when absent. */
	platform?: Platform;
}

export type SdkCall = { method: 'get' | 'set' | 'subscribe' | 'unsubscribe' | 'initialize' | 'release'; api?: string; params?: { [key: string]: Json } };

/**
 * What a run reports, as it happens. `at` is milliseconds since the run started. A message's `call`
 * is the index, among the run's `call` events, of the call it answers.
 */
export type RunEvent =
	/** `text`: the message was too long to send whole; its status and error, and its JSON cut short. */
	| { kind: 'message'; message: Message; at: number; call?: number; text?: string }
	| { kind: 'log'; level: 'log' | 'info' | 'warn' | 'error'; text: string; at: number }
	| { kind: 'call'; call: SdkCall; at: number }
	/** `parse`: the code did not parse as JavaScript, so none of it ran. */
	| { kind: 'error'; name: string; message: string; line?: number; column?: number; at: number; phase?: 'parse' }
	/** The simulator's state and live subscriptions, sent when a message changed them. */
	| { kind: 'state'; state: SimState; subscriptions: SubscriptionInfo[] }
	| { kind: 'done'; at: number };

/** Events as the runner sends them: a batch at most every few dozen milliseconds. */
export interface RunBatch {
	type: 'batch';
	/** Entries left out before these, because there were too many to show. */
	hidden: number;
	events: RunEvent[];
}

/** Longer strings from the sandbox are cut: the runner never sends them, so only forged data has them. */
const MAX_TEXT = 25_000;

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

function isMessage(v: unknown): v is Message {
	if (!isDictionary(v) || !isStr(v.transactionId) || !['SUCCEEDED', 'FAILED', 'RESULT'].includes(v.status as string)) return false;
	if (v.error !== undefined && !(isDictionary(v.error) && isNum(v.error.code) && isStr(v.error.label))) return false;
	return v.result === undefined || isDictionary(v.result);
}

/** The live subscriptions a state event lists; entries of the wrong shape are dropped. */
function subscriptionList(v: unknown): SubscriptionInfo[] {
	if (!Array.isArray(v)) return [];
	return v
		.slice(0, 100)
		.filter((s): s is SubscriptionInfo => isDictionary(s) && isStr(s.api) && isStr(s.operation) && isStr(s.transactionId) && isNum(s.events))
		.map((s) => ({ api: s.api.slice(0, 200), operation: s.operation.slice(0, 200), transactionId: s.transactionId.slice(0, 100), events: s.events }));
}

/** Narrows untrusted data from the sandbox to a RunEvent, or undefined. */
export function parseRunEvent(v: unknown): RunEvent | undefined {
	if (!isDictionary(v)) return undefined;
	switch (v.kind) {
		case 'message':
			return isMessage(v.message) && isNum(v.at)
				? { kind: 'message', message: v.message, at: v.at, call: Number.isInteger(v.call) ? (v.call as number) : undefined, text: isStr(v.text) ? v.text.slice(0, MAX_TEXT) : undefined }
				: undefined;
		case 'log':
			return ['log', 'info', 'warn', 'error'].includes(v.level as string) && isStr(v.text) && isNum(v.at)
				? { kind: 'log', level: v.level as 'log', text: v.text.slice(0, MAX_TEXT), at: v.at }
				: undefined;
		case 'call':
			return isDictionary(v.call) && isStr(v.call.method) && isNum(v.at)
				? { kind: 'call', call: { ...(v.call as SdkCall), ...(isStr(v.call.api) ? { api: v.call.api.slice(0, 300) } : {}) }, at: v.at }
				: undefined;
		case 'error':
			return isStr(v.name) && isStr(v.message) && isNum(v.at)
				? {
						kind: 'error',
						name: v.name,
						message: v.message.slice(0, 2_000),
						line: isNum(v.line) ? v.line : undefined,
						column: isNum(v.column) ? v.column : undefined,
						at: v.at,
						phase: v.phase === 'parse' ? 'parse' : undefined,
					}
				: undefined;
		case 'state':
			return isDictionary(v.state) && typeof v.state.initialized === 'boolean' ? { kind: 'state', state: v.state as unknown as SimState, subscriptions: subscriptionList(v.subscriptions) } : undefined;
		case 'done':
			return isNum(v.at) ? { kind: 'done', at: v.at } : undefined;
		default:
			return undefined;
	}
}

/** Narrows a batch from the sandbox; events that do not check out are left out. */
export function parseRunBatch(v: unknown, maxEvents: number): { hidden: number; events: RunEvent[] } | undefined {
	if (!isDictionary(v) || v.type !== 'batch' || !Array.isArray(v.events)) return undefined;
	const extra = Math.max(0, v.events.length - maxEvents);
	const events: RunEvent[] = [];
	for (const e of v.events.slice(extra)) {
		const event = parseRunEvent(e);
		if (event) events.push(event);
	}
	return { hidden: (isNum(v.hidden) && v.hidden > 0 ? Math.floor(v.hidden) : 0) + extra, events };
}
