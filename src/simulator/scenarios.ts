import { errorByCode, type Catalog, type Operation } from '../content-model/catalog.ts';

/** What the simulator does with a call that reaches a given operation. */
export type Outcome =
	| { kind: 'success' }
	/** The call (for subscriptions: the acknowledgement) fails with this documented code. */
	| { kind: 'error'; code: number }
	/** Subscriptions only: the stream starts, and every third RESULT event carries this documented error. */
	| { kind: 'event-error'; code: number };

/** The outcome forced for one operation (by slug), or for every operation that documents it. */
export interface ScenarioChoice {
	operation?: string;
	outcome: Outcome;
}

/** Conditions that hold across calls, whatever the operation. */
export interface Conditions {
	/** Operations that need the network (they document 2202) fail with 2202. */
	offline: boolean;
	/** Operations that can time out (they document 2201) answer 2201 after the timeout. */
	slowNetwork: boolean;
}

export interface ScenarioOption {
	/** Stable id for URLs and selects: `success`, `error:2307`, `event-error:2202`. */
	id: string;
	label: string;
	outcome: Outcome;
}

/** The selectable outcomes of an operation, derived from its content: success, then each documented error. */
export function scenarioOptions(catalog: Catalog, op: Operation): ScenarioOption[] {
	const errors = op.errors.map((code) => ({ code, label: errorByCode(catalog, code).label }));
	return [
		{ id: 'success', label: 'Documented success', outcome: { kind: 'success' } },
		...errors.map((e): ScenarioOption => ({ id: `error:${e.code}`, label: `${e.code} · ${e.label}`, outcome: { kind: 'error', code: e.code } })),
		...(op.method === 'subscribe'
			? errors.map((e): ScenarioOption => ({ id: `event-error:${e.code}`, label: `RESULT error ${e.code} · ${e.label}`, outcome: { kind: 'event-error', code: e.code } }))
			: []),
	];
}

export function outcomeFromId(id: string): Outcome | undefined {
	if (id === 'success') return { kind: 'success' };
	const m = /^(error|event-error):(\d+)$/.exec(id);
	return m ? { kind: m[1] as 'error' | 'event-error', code: Number(m[2]) } : undefined;
}

/** Why a scenario cannot be honoured, or undefined when it can. Asking for an undocumented outcome is an error, never ignored. */
export function scenarioProblem(catalog: Catalog, choice: ScenarioChoice): string | undefined {
	const { outcome } = choice;
	if (outcome.kind === 'success') return choice.operation && !catalog.operations.some((o) => o.slug === choice.operation) ? `no operation has the slug "${choice.operation}"` : undefined;
	const targets = choice.operation ? catalog.operations.filter((o) => o.slug === choice.operation) : catalog.operations;
	if (choice.operation && targets.length === 0) return `no operation has the slug "${choice.operation}"`;
	const documenting = targets.filter((o) => o.errors.includes(outcome.code) && (outcome.kind === 'error' || o.method === 'subscribe'));
	if (documenting.length > 0) return undefined;
	const where = choice.operation ? targets[0]!.title : 'any operation';
	return outcome.kind === 'event-error' ? `error ${outcome.code} is not documented for the events of ${where}` : `error ${outcome.code} is not documented for ${where}`;
}

/** Whether a forced outcome applies to this operation. */
export function appliesTo(choice: ScenarioChoice | undefined, op: Operation): Outcome | undefined {
	if (!choice || (choice.operation && choice.operation !== op.slug)) return undefined;
	const o = choice.outcome;
	if (o.kind === 'success') return o;
	if (!op.errors.includes(o.code)) return undefined;
	if (o.kind === 'event-error' && op.method !== 'subscribe') return undefined;
	return o;
}
