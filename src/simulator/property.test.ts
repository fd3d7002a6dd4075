// Random calls of every shape: every reply is well-formed and says only what the operation documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content-model/node.ts';
import { STATUS, type Message } from '../sdk/index.ts';
import { createFakeClock } from './clock.ts';
import { createPims } from './facade.ts';
import { scenarioOptions } from './scenarios.ts';
import { createState } from './state/index.ts';

const catalog = loadCatalog();
const sdkOps = catalog.operations.filter((o) => o.method !== 'lifecycle');
const apiNames = [...new Set(sdkOps.map((o) => o.api))];
const ALWAYS_ALLOWED = new Set([2001, 2002, 2101, 2102]);

const anyValue = fc.oneof(
	fc.constantFrom(undefined, null, () => 1, Symbol.for('s')),
	fc.string(),
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.array(fc.integer(), { maxLength: 5 }),
	fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 5 }),
);

/** Params built from an operation's own fields, sometimes right, sometimes subtly wrong. */
const paramsFor = fc.constantFrom(...sdkOps).chain((op) =>
	fc.record({
		op: fc.constant(op),
		params: fc.oneof(
			anyValue,
			fc.constant(Object.fromEntries(op.parameters.map((p) => [p.name, p.example]))),
			fc.tuple(fc.constantFrom(...(op.parameters.length ? op.parameters.map((p) => p.name) : ['x'])), anyValue).map(([name, v]) => ({
				...Object.fromEntries(op.parameters.map((p) => [p.name, p.example])),
				[name]: v,
			})),
		),
	}),
);

const callArb = fc.record({
	method: fc.constantFrom<'get' | 'set' | 'subscribe' | 'unsubscribe'>('get', 'set', 'subscribe', 'unsubscribe'),
	api: fc.oneof(fc.constantFrom(...apiNames), anyValue),
	target: paramsFor,
	useOpApi: fc.boolean(),
	initialized: fc.boolean(),
	scenario: fc.option(fc.constantFrom(...sdkOps.flatMap((op) => scenarioOptions(catalog, op).map((s) => ({ operation: op.slug, outcome: s.outcome })))), { nil: undefined }),
	offline: fc.boolean(),
	slow: fc.boolean(),
});

function allowedFor(api: unknown, method: string): { statuses: Set<string>; codes: Set<number> } {
	const ops = sdkOps.filter((o) => o.api === api && (o.method === method || (method === 'unsubscribe' && o.method === 'subscribe')));
	const codes = new Set([...ALWAYS_ALLOWED, ...ops.flatMap((o) => o.errors)]);
	const statuses = new Set<string>([STATUS.succeeded, STATUS.failed, ...(method === 'subscribe' ? [STATUS.result] : [])]);
	return { statuses, codes };
}

describe('random calls', () => {
	it('always get well-formed, documented answers (3,000 calls)', () => {
		fc.assert(
			fc.property(callArb, (c) => {
				const clock = createFakeClock();
				const pims = createPims({
					catalog,
					clock,
					seed: 1,
					state: createState(catalog, { initialized: c.initialized }),
					scenario: c.scenario,
					conditions: { offline: c.offline, slowNetwork: c.slow },
				});
				const api = c.useOpApi ? c.target.op.api : c.api;
				const log: Message[] = [];
				const cb = (m: Message) => void log.push(m);
				if (c.method === 'unsubscribe') void pims.unsubscribe(api, cb);
				else void pims[c.method](api, c.target.params, cb);
				clock.advance(4000);
				pims.dispose();
				expect(log.length).toBeGreaterThanOrEqual(1);
				const { statuses, codes } = allowedFor(api, c.method);
				// Subscriptions may also report 2005 when the same API is subscribed twice; one call here never is.
				for (const m of log) {
					expect(m.transactionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}$/);
					expect(statuses.has(m.status)).toBe(true);
					if (m.status === STATUS.failed) {
						expect(m.result).toBeUndefined();
						expect(codes.has(m.error!.code)).toBe(true);
						expect(typeof m.error!.label).toBe('string');
					} else if (m.status === STATUS.succeeded) expect(m.error).toBeUndefined();
					else expect((m.result === undefined) !== (m.error === undefined)).toBe(true);
				}
				if (c.method !== 'subscribe') expect(log).toHaveLength(1);
			}),
			{ numRuns: 3_000, seed: 20261128 },
		);
	}, 120_000);
});
