// One runner for every simulator case, whether generated from the catalogue or written as a YAML file.
import type { Catalog } from '../content-model/catalog.ts';
import type { Message } from '../sdk/index.ts';
import { createFakeClock } from './clock.ts';
import { createPims, type Pims } from './facade.ts';
import { outcomeFromId, type Conditions } from './scenarios.ts';
import { createState } from './state.ts';

export interface CaseStep {
	/** `get <api>`, `set <api>`, `subscribe <api>`, `unsubscribe <api>`, `initialize` or `release`. */
	call: string;
	params?: unknown;
	/** Milliseconds to let pass after the call before reading its messages (default 100). */
	wait?: number;
	/** The messages the call's callback received, transactionId aside, in order. */
	expect: Array<Omit<Message, 'transactionId'>>;
}

export interface SimCase {
	name: string;
	/** A state preset id (see statePresets); default the documented state. */
	preset?: string;
	/** Whether the facade starts initialized (default true). */
	initialized?: boolean;
	/** A scenario id (`error:2307`) and the operation slug it applies to. */
	scenario?: { operation?: string; id: string };
	conditions?: Partial<Conditions>;
	steps: CaseStep[];
}

export interface StepResult {
	step: CaseStep;
	messages: Message[];
}

function invoke(pims: Pims, step: CaseStep, callback: (m: Message) => void): void {
	const [verb, api] = step.call.split(' ');
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

/** Runs a case on a fake clock and returns what each step's callback received. */
export function runCase(catalog: Catalog, c: SimCase, seed = 1): StepResult[] {
	const clock = createFakeClock();
	const outcome = c.scenario ? outcomeFromId(c.scenario.id) : undefined;
	if (c.scenario && !outcome) throw new Error(`${c.name}: unknown scenario id "${c.scenario.id}"`);
	const pims = createPims({
		catalog,
		clock,
		seed,
		state: createState(catalog, { initialized: c.initialized ?? true, preset: c.preset }),
		scenario: outcome ? { operation: c.scenario?.operation, outcome } : undefined,
		conditions: c.conditions,
	});
	const results = c.steps.map((step) => {
		const messages: Message[] = [];
		invoke(pims, step, (m) => messages.push(m));
		clock.advance(step.wait ?? 100);
		// What arrived within the wait; later arrivals do not count for this step.
		return { step, messages: [...messages] };
	});
	pims.dispose();
	return results;
}

export function withoutTransactionId(m: Message): Omit<Message, 'transactionId'> {
	const { transactionId: _ignored, ...rest } = m;
	return rest;
}
