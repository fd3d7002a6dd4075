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
import { SETTINGS } from './twin.ts';

const catalog = loadCatalog();
const sdkOps = catalog.operations.filter((o) => o.method !== 'lifecycle');
const bySlug = (slug: string) => catalog.operations.find((o) => o.slug === slug)!;
const ROUTE_CODES = new Set([2002, 2101, 2102]);

type Step = { kind: 'call'; op: Operation; params: unknown } | { kind: 'unsubscribe'; op: Operation } | { kind: 'toggle'; id: string; on: boolean } | { kind: 'advance'; ms: number };

const paramsOf = (op: Operation) =>
	fc.oneof(
		{ weight: 4, arbitrary: fc.constant(documentedCall(op).params) },
		{
			weight: 1,
			arbitrary: fc
				.tuple(fc.constantFrom(...(op.parameters.length ? op.parameters.map((p) => p.name) : ['x'])), fc.oneof(fc.integer(), fc.string({ maxLength: 6 }), fc.constant(undefined)))
				.map(([name, v]) => ({ ...documentedCall(op).params, [name]: v })),
		},
	);

const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 8, arbitrary: fc.constantFrom(...sdkOps).chain((op) => paramsOf(op).map((params): Step => ({ kind: 'call', op, params }))) },
	{ weight: 1, arbitrary: fc.constantFrom(...sdkOps.filter((o) => o.method === 'subscribe')).map((op): Step => ({ kind: 'unsubscribe', op })) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('toggle' as const), id: fc.constantFrom(...SETTINGS.map((s) => s.id)), on: fc.boolean() }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 40_000 }) }) },
);

/** Set calls whose effect a get then reads, with how to check the get's result. */
const REFLECTED: Record<string, { get: string; params?: (p: Record<string, unknown>) => unknown; check: (p: Record<string, unknown>, r: Message) => void }> = {
	'set-authentication-smscode-add-phone-number': { get: 'get-authentication-trustedphonenumber', check: (p, r) => expect(r.result).toEqual({ phoneNumber: p.phoneNumber }) },
	'set-authentication-smscode-modify-phone-number': { get: 'get-authentication-trustedphonenumber', check: (p, r) => expect(r.result).toEqual({ phoneNumber: p.phoneNumber }) },
	'set-vehicle-price': {
		get: 'get-vehicle-price',
		params: (p) => ({ vin: p.vin }),
		check: (p, r) => {
			if (typeof p.priceFuel === 'number') expect(r.result?.priceFuel).toBe(p.priceFuel);
			if (typeof p.priceElectric === 'number') expect(r.result?.priceElectric).toBe(p.priceElectric);
		},
	},
	'set-vehicle-service-send-to-nav': {
		get: 'get-vehicle-services',
		params: () => ({ services: ['sendtonav'] }),
		check: (p, r) => expect(r.result).toEqual({ services: [{ name: 'sendtonav', status: p.action === 'start' ? 'started' : 'stopped' }] }),
	},
};

function wellFormed(m: Message): void {
	expect(m.transactionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}$/);
	expect([STATUS.succeeded, STATUS.failed, STATUS.result]).toContain(m.status);
	if (m.status === STATUS.failed) expect(m.result).toBeUndefined();
	if (m.error) expect(typeof m.error.label === 'string' && Number.isInteger(m.error.code)).toBe(true);
	if (m.status === STATUS.result) expect((m.result === undefined) !== (m.error === undefined)).toBe(true);
}

describe('random sequences', () => {
	it('2,000 sequences of 20 steps keep every invariant', () => {
		fc.assert(
			fc.property(fc.constantFrom(...PRESETS.map((p) => p.id)), fc.array(step, { minLength: 20, maxLength: 20 }), (preset, steps) => {
				const clock = createFakeClock(Date.UTC(2026, 0, 1));
				const state = createState(catalog, { preset });
				const pims = createPims({ catalog, clock, seed: 1, state });
				// transactionId -> when its subscription was ended; nothing of it may arrive later.
				const ended = new Map<string, number>();
				const live = new Map<string, string>();
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
						const id = live.get(s.op.api);
						void pims.unsubscribe(s.op.api, (m) => {
							wellFormed(m);
							if (id) ended.set(id, clock.now());
						});
						live.delete(s.op.api);
						clock.advance(50);
					} else {
						const method = s.op.method as 'get' | 'set' | 'subscribe';
						let answer: Message | undefined;
						void pims[method](s.op.api, s.params, (m) => {
							check(s.op, m);
							answer ??= m;
							if (method === 'subscribe' && m.status === STATUS.succeeded) live.set(s.op.api, m.transactionId);
						});
						clock.advance(50);
						expect(answer, `${s.op.slug} answered`).toBeDefined();
						const reflected = REFLECTED[s.op.slug];
						if (reflected && answer?.status === STATUS.succeeded) {
							const p = s.params as Record<string, unknown>;
							const get = bySlug(reflected.get);
							let read: Message | undefined;
							void pims.get(get.api, reflected.params?.(p) ?? documentedCall(get).params, (m) => void (read = m));
							clock.advance(50);
							if (read?.status === STATUS.succeeded) reflected.check(p, read);
						}
					}
				}
				clock.advance(5000);
				pims.dispose();
			}),
			{ numRuns: 2000, seed: 20261201 },
		);
	}, 120_000);
});
