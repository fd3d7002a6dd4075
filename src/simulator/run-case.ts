// One runner for every story: a preset, then steps (calls, clock advances, toggles), each with the messages expected.
import type { Catalog } from '../content-model/catalog.ts';
import type { Json, Message } from '../sdk/index.ts';
import { createFakeClock } from './clock.ts';
import { createPims, type Pims } from './facade.ts';
import { outcomeFromId, type Conditions } from './scenarios.ts';
import { createState } from './state/index.ts';
import { setSetting } from './twin.ts';

/** A message as a story writes it: transactionId aside; `resultHas` checks some paths of the result only. */
export interface ExpectedMessage {
	status: Message['status'];
	result?: Message['result'];
	error?: Message['error'];
	/** Dot paths into the result and the value each must have, for results too large to write out. */
	resultHas?: Record<string, Json>;
}

export interface CaseStep {
	/** `get <api>`, `set <api>`, `subscribe <api>`, `unsubscribe <api>`, `initialize` or `release`. */
	call?: string;
	params?: unknown;
	/** Settings toggled before the step's call, by id (see SETTINGS): `{ bluetooth: false }`. */
	toggle?: Record<string, boolean>;
	/** Milliseconds to let pass after the call (or alone, to let time pass); default 100 after a call, 0 otherwise. */
	wait?: number;
	/** The messages this step's call received within the wait, in order. */
	expect?: ExpectedMessage[];
	/** Messages of earlier calls (subscription events) that arrived within the wait, each naming its call; none when left out. */
	events?: Array<ExpectedMessage & { from: string }>;
}

export interface SimCase {
	name: string;
	/** A preset id (see PRESETS); default the enrolled one. */
	preset?: string;
	/** Overrides whether the facade starts initialized. */
	initialized?: boolean;
	/** A scenario id (`error:2307`) and the operation slug it applies to. */
	scenario?: { operation?: string; id: string };
	conditions?: Partial<Conditions>;
	steps: CaseStep[];
}

export interface Received {
	/** The step whose call the message answers, and that call. */
	step: number;
	call: string;
	message: Message;
}

export interface StepResult {
	step: CaseStep;
	/** This step's call's messages within the wait. */
	messages: Message[];
	/** Earlier calls' messages within the wait. */
	events: Received[];
}

function invoke(pims: Pims, step: CaseStep, callback: (m: Message) => void): void {
	const [verb, api] = (step.call ?? '').split(' ');
	switch (verb) {
		case 'initialize':
			return void pims.initialize(step.params, callback);
		case 'release':
			return void pims.release(callback);
		case 'unsubscribe':
			return void pims.unsubscribe(api, callback);
		case 'get':
		case 'set':
		case 'subscribe':
			return void pims[verb](api, step.params, callback);
		default:
			throw new Error(`unknown call "${step.call}"`);
	}
}

/** Runs a story on a fake clock and returns what arrived during each step. */
export function runCase(catalog: Catalog, c: SimCase, seed = 1): StepResult[] {
	const clock = createFakeClock(Date.UTC(2026, 0, 1, 8));
	const outcome = c.scenario ? outcomeFromId(c.scenario.id) : undefined;
	if (c.scenario && !outcome) throw new Error(`${c.name}: unknown scenario id "${c.scenario.id}"`);
	const state = createState(catalog, { preset: c.preset, initialized: c.initialized });
	const pims = createPims({ catalog, clock, seed, state, scenario: outcome ? { operation: c.scenario?.operation, outcome } : undefined, conditions: c.conditions });
	const received: Received[] = [];
	const results = c.steps.map((step, index) => {
		for (const [id, on] of Object.entries(step.toggle ?? {})) setSetting(state, id, on);
		const from = received.length;
		if (step.call) invoke(pims, step, (message) => received.push({ step: index, call: step.call!, message }));
		clock.advance(step.wait ?? (step.call ? 100 : 0));
		// What arrived within the wait; later arrivals belong to later steps.
		const window = received.slice(from);
		return { step, messages: window.filter((r) => r.step === index).map((r) => r.message), events: window.filter((r) => r.step !== index) };
	});
	pims.dispose();
	return results;
}

function at(value: Json | undefined, path: string): Json | undefined {
	let v: Json | undefined = value;
	for (const k of path.split('.')) v = Array.isArray(v) ? v[Number(k)] : v && typeof v === 'object' ? v[k] : undefined;
	return v;
}

/** A received message in the shape the story wrote, so the two compare with toEqual. */
export function asWritten(m: Message, expected: ExpectedMessage | undefined): ExpectedMessage {
	const { transactionId: _id, ...rest } = m;
	if (!expected?.resultHas) return rest;
	const { result, ...others } = rest;
	return { ...others, resultHas: Object.fromEntries(Object.keys(expected.resultHas).map((p) => [p, at(result, p) ?? null])) };
}
