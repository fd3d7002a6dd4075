// Random sequences of 20 steps (calls, toggles, clock advances) from random presets: the twin holds its invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allErrors, type Operation } from '../content-model/index.ts';
import { loadCatalog } from '../content-model/node.ts';
import { documentedCall } from '../generators/call-shape.ts';
import { STATUS, type Message } from '../sdk/index.ts';
import { createFakeClock } from './clock.ts';
import { createPims } from './facade.ts';
import { PRESETS } from './presets.ts';
import { createState } from './state/index.ts';
import { TRIP_POOL, TRIP_REFLECTIONS } from './reflections-trips.ts';
import { EVENT_TYPES, REFLECTED as OTHER_REFLECTIONS, type Read } from './reflections.ts';
import { SETTINGS } from './twin.ts';

const catalog = loadCatalog();
const sdkOps = catalog.operations.filter((o) => o.method !== 'lifecycle');
const slugs = new Map(catalog.operations.map((o) => [o.slug, o]));
const bySlug = (slug: string) => slugs.get(slug)!;
/** The documented call's params, built once per operation. */
const docParams = new Map(catalog.operations.map((o) => [o.slug, documentedCall(o).params]));
/** Each set that changes state, with the gets that show it and what they must show. */
const REFLECTED = { ...OTHER_REFLECTIONS, ...TRIP_REFLECTIONS };
const ROUTE_CODES = new Set([2002, 2101, 2102]);

type Step = { kind: 'call'; slug: string; params: unknown } | { kind: 'unsubscribe'; slug: string } | { kind: 'toggle'; id: string; on: boolean } | { kind: 'advance'; ms: number };

/** Values that meet the state: trip ids that exist or will, notification kinds, keeping a destination or not. */
const stateful = (op: Operation): fc.Arbitrary<unknown>[] => {
	const names = new Set(op.parameters.map((p) => p.name));
	const base = docParams.get(op.slug) as Record<string, unknown>;
	const out: fc.Arbitrary<unknown>[] = [];
	if (names.has('ids')) out.push(fc.subarray(TRIP_POOL, { minLength: 1, maxLength: 3 }).map((ids) => ({ ...base, ids })));
	// Unmerge needs a trip a merge made: the first ids merges give.
	if (names.has('id') && op.api === 'pims.vehicle.trips') out.push(fc.constantFrom(...(op.slug === 'set-vehicle-trips-unmerge' ? [1000, 1001] : TRIP_POOL)).map((id) => ({ ...base, id })));
	if (names.has('type') && op.api === 'pims.sdk.event') out.push(fc.subarray(EVENT_TYPES).map((type) => ({ ...base, type })));
	if (names.has('preserve')) out.push(fc.boolean().map((preserve) => ({ ...base, preserve })));
	return out;
};

const paramsOf = (op: Operation): fc.Arbitrary<unknown> =>
	fc.oneof({ weight: 4, arbitrary: fc.constant(docParams.get(op.slug)) }, ...stateful(op).map((arbitrary) => ({ weight: 3, arbitrary })), {
		weight: 1,
		arbitrary: fc
			.tuple(fc.constantFrom(...(op.parameters.length ? op.parameters.map((p) => p.name) : ['x'])), fc.oneof(fc.integer(), fc.string({ maxLength: 6 }), fc.constant(undefined)))
			.map(([name, v]) => ({ ...(docParams.get(op.slug) as object | undefined), [name]: v })),
	});

const paramsByOp = new Map(sdkOps.map((o) => [o.slug, paramsOf(o)]));

/** The sets whose effect a get reads, and the calls that make them succeed, drawn more often so that each meets its state. */
const FOCUS = [...Object.keys(REFLECTED), 'get-authentication-smscode-phone-number-certification', 'set-vehicle-trips-merge', 'set-vehicle-trips-unmerge'];
const callOf = (ops: Operation[]) => fc.constantFrom(...ops).chain((op) => paramsByOp.get(op.slug)!.map((params): Step => ({ kind: 'call', slug: op.slug, params })));

const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 6, arbitrary: callOf(sdkOps) },
	{ weight: 3, arbitrary: callOf(FOCUS.map(bySlug)) },
	{ weight: 1, arbitrary: fc.constantFrom(...sdkOps.filter((o) => o.method === 'subscribe')).map((op): Step => ({ kind: 'unsubscribe', slug: op.slug })) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('toggle' as const), id: fc.constantFrom(...SETTINGS.map((s) => s.id)), on: fc.boolean() }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 40_000 }) }) },
);

function wellFormed(m: Message): void {
	expect(m.transactionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}$/);
	expect([STATUS.succeeded, STATUS.failed, STATUS.result]).toContain(m.status);
	if (m.status === STATUS.failed) expect(m.result).toBeUndefined();
	if (m.error) expect(typeof m.error.label === 'string' && Number.isInteger(m.error.code)).toBe(true);
	if (m.status === STATUS.result) expect((m.result === undefined) !== (m.error === undefined)).toBe(true);
}

describe('random sequences', () => {
	it('2,000 sequences of 20 steps keep every invariant', () => {
		/** How many times each set's reflection was checked (its set and its reads succeeded). */
		const checked = new Map<string, number>();
		fc.assert(
			fc.property(fc.constantFrom(...PRESETS.map((p) => p.id)), fc.array(step, { minLength: 20, maxLength: 20 }), (preset, steps) => {
				const clock = createFakeClock(Date.UTC(2026, 0, 1));
				const state = createState(catalog, { preset });
				const pims = createPims({ catalog, clock, seed: 1, state });
				// transactionId -> when its subscription was ended; nothing of it may arrive later.
				const ended = new Map<string, number>();
				const live = new Map<string, string>();
				/** One get (or a set tried on a copy of the state), answered. */
				const read = (r: Read): Message => {
					const op = bySlug(r.slug);
					const on = r.probe ? createFakeClock(clock.now()) : clock;
					const target = r.probe ? createPims({ catalog, clock: on, seed: 2, state: structuredClone(state) }) : pims;
					let m: Message | undefined;
					void target[op.method as 'get' | 'set'](op.api, r.params ?? docParams.get(op.slug), (x) => void (m ??= x));
					on.advance(50);
					if (r.probe) target.dispose();
					return m!;
				};
				const check = (op: Operation, m: Message) => {
					wellFormed(m);
					if (m.transactionId && ended.has(m.transactionId)) throw new Error(`${op.slug} emitted after its unsubscribe`);
					if (!m.error) return;
					const allowed = new Set([...allErrors(op), ...ROUTE_CODES]);
					// A command's outcome arrives on the signal with one of the signal's own codes.
					if (op.slug === 'subscribe-vehicle-signal' || op.slug.startsWith('set-vehicle-command-')) for (const c of bySlug('subscribe-vehicle-signal').errors) allowed.add(c);
					expect(allowed.has(m.error.code), `${op.slug} answered ${m.error.code}`).toBe(true);
				};
				for (const s of steps) {
					if (s.kind === 'toggle') SETTINGS.find((x) => x.id === s.id)!.set(state, s.on);
					else if (s.kind === 'advance') clock.advance(s.ms);
					else if (s.kind === 'unsubscribe') {
						const op = bySlug(s.slug);
						const id = live.get(op.api);
						void pims.unsubscribe(op.api, (m) => {
							wellFormed(m);
							if (id) ended.set(id, clock.now());
						});
						live.delete(op.api);
						clock.advance(50);
					} else {
						const op = bySlug(s.slug);
						const method = op.method as 'get' | 'set' | 'subscribe';
						const reflected = REFLECTED[op.slug];
						const p = (typeof s.params === 'object' && s.params !== null ? s.params : {}) as Record<string, unknown>;
						const before = reflected?.reads(p).map(read);
						const now = clock.now();
						let answer: Message | undefined;
						void pims[method](op.api, s.params, (m) => {
							check(op, m);
							answer ??= m;
							if (method === 'subscribe' && m.status === STATUS.succeeded) live.set(op.api, m.transactionId);
						});
						clock.advance(50);
						expect(answer, `${op.slug} answered`).toBeDefined();
						if (reflected && before && answer?.status === STATUS.succeeded) {
							const after = reflected.reads(p).map(read);
							if (reflected.check(p, before, after, { now, inRange: state.vehicle.inRange })) checked.set(op.slug, (checked.get(op.slug) ?? 0) + 1);
						}
					}
				}
				clock.advance(5000);
				pims.dispose();
			}),
			{ numRuns: Number(process.env.SEQ_RUNS ?? 2000), seed: 20261201 },
		);
		// Every reflection was put to the test, not skipped for want of a successful set.
		for (const slug of Object.keys(REFLECTED)) expect(checked.get(slug) ?? 0, `${slug} checked`).toBeGreaterThanOrEqual(10);
	}, 120_000);
});
