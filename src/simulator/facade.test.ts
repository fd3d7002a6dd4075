import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import type { Message } from '../sdk/index.ts';
import { createFakeClock } from './clock.ts';
import { createPims, ScenarioError, type PimsOptions } from './facade.ts';
import { createState } from './state/index.ts';

const catalog = fixtureCatalog();

function setup(options: Partial<PimsOptions> = {}) {
	const clock = createFakeClock();
	const pims = createPims({ catalog, clock, seed: 7, state: createState(catalog, { initialized: true }), ...options });
	const log: Message[] = [];
	return { clock, pims, log, cb: (m: Message) => void log.push(m) };
}

describe('subscriptions', () => {
	it('acknowledge, then stream RESULT events with one transactionId, until unsubscribed', () => {
		const { clock, pims, log, cb } = setup();
		void pims.subscribe('pims.demo.signal', undefined, cb);
		clock.advance(50);
		expect(log).toEqual([{ transactionId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}$/), status: 'SUCCEEDED' }]);
		clock.advance(2000);
		expect(log.length).toBeGreaterThanOrEqual(3);
		// The documented 42.5 % moves a little from event to event, within 0 to 100.
		const levels = log.slice(1).map((m) => (m.status === 'RESULT' ? (m.result as { level: number }).level : NaN));
		expect(levels.every((l) => l >= 0 && l <= 100 && Math.abs(l - 42.5) <= 5)).toBe(true);
		expect(new Set(levels).size).toBeGreaterThan(1);
		expect(new Set(log.map((m) => m.transactionId)).size).toBe(1);
		const before = log.length;
		const unsub: Message[] = [];
		void pims.unsubscribe('pims.demo.signal', (m) => unsub.push(m));
		clock.advance(5000);
		expect(unsub.map((m) => m.status)).toEqual(['SUCCEEDED']);
		expect(log.length).toBeLessThanOrEqual(before + 1);
	});

	it('the first event comes within 2 s', () => {
		const { clock, pims, log, cb } = setup();
		void pims.subscribe('pims.demo.signal', {}, cb);
		clock.advance(2000);
		expect(log.some((m) => m.status === 'RESULT')).toBe(true);
	});

	it('refuses a second subscription to the same API with 2005, without ending the first', () => {
		const { clock, pims, log, cb } = setup();
		void pims.subscribe('pims.demo.signal', {}, cb);
		const second: Message[] = [];
		void pims.subscribe('pims.demo.signal', {}, (m) => second.push(m));
		clock.advance(1500);
		expect(second).toEqual([{ transactionId: expect.any(String), status: 'FAILED', error: { code: 2005, label: 'Duplicate command' } }]);
		expect(log.filter((m) => m.status === 'RESULT').length).toBeGreaterThan(0);
	});

	it('mixes in RESULT errors when the scenario asks, and keeps streaming', () => {
		const { clock, pims, log, cb } = setup({ scenario: { operation: 'subscribe-demo-signal', outcome: { kind: 'event-error', code: 2202 } } });
		void pims.subscribe('pims.demo.signal', {}, cb);
		clock.advance(6000);
		const events = log.filter((m) => m.status === 'RESULT');
		expect(events.some((m) => m.error?.code === 2202 && m.result === undefined)).toBe(true);
		expect(events.some((m) => m.result !== undefined && m.error === undefined)).toBe(true);
		expect(events.at(-1)).toBeDefined();
	});

	it('dispose stops every timer', () => {
		const { clock, pims, cb } = setup();
		void pims.subscribe('pims.demo.signal', {}, cb);
		clock.advance(500);
		pims.dispose();
		expect(clock.pending()).toBe(0);
	});
});

describe('scenarios', () => {
	it('refuses to force an error the operation does not document', () => {
		expect(() => setup({ scenario: { operation: 'get-demo-phone', outcome: { kind: 'error', code: 2102 } } })).toThrow(ScenarioError);
		expect(() => setup({ scenario: { operation: 'get-demo-phone', outcome: { kind: 'error', code: 2102 } } })).toThrow('error 2102 is not documented for pims.demo.phone');
		expect(() => setup({ scenario: { operation: 'get-nothing', outcome: { kind: 'success' } } })).toThrow('no operation has the slug "get-nothing"');
		expect(() => setup({ scenario: { operation: 'get-demo-phone', outcome: { kind: 'event-error', code: 2307 } } })).toThrow(ScenarioError);
	});

	it('applies a forced error only to the operation it names', async () => {
		const { clock, pims } = setup({ scenario: { operation: 'get-demo-phone', outcome: { kind: 'error', code: 2307 } } });
		const phone = pims.get('pims.demo.phone');
		const set = pims.set('pims.demo.code', { action: 'add', smsCode: 123456 });
		clock.advance(100);
		expect((await phone)?.error?.code).toBe(2307);
		expect((await set)?.status).toBe('SUCCEEDED');
	});
});

describe('call shapes', () => {
	it('returns a promise of the message, callback or not, and accepts the callback in place of params', async () => {
		const { clock, pims, log, cb } = setup();
		const p = pims.get('pims.demo.phone');
		expect(p).toBeInstanceOf(Promise);
		expect(pims.get('pims.demo.phone', cb)).toBeInstanceOf(Promise);
		clock.advance(100);
		expect((await p)?.status).toBe('SUCCEEDED');
		expect(log.map((m) => m.status)).toEqual(['SUCCEEDED']);
	});

	it('gives the same transaction ids for the same seed, and never repeats one', () => {
		const ids = (seed: number) => {
			const { clock, pims, log, cb } = setup({ seed });
			for (let i = 0; i < 500; i++) void pims.get('pims.demo.phone', undefined, cb);
			clock.advance(100);
			return log.map((m) => m.transactionId);
		};
		expect(ids(3)).toEqual(ids(3));
		expect(ids(3)).not.toEqual(ids(4));
		expect(new Set(ids(3)).size).toBe(500);
	});

	it('gives each call its own copy of a documented result, so a callback that changes one changes no later answer', () => {
		const { clock, pims, log } = setup();
		void pims.get('pims.demo.phone', undefined, (m) => {
			(m.result as { phoneNumber: string }).phoneNumber = 'changed';
			log.push(m);
		});
		clock.advance(50);
		void pims.get('pims.demo.phone', undefined, (m) => void log.push(m));
		clock.advance(50);
		expect(log.map((m) => m.result)).toEqual([{ phoneNumber: 'changed' }, { phoneNumber: '0612345678' }]);
	});

	it('keeps going when a callback throws', () => {
		const errors: unknown[] = [];
		const { clock, pims, log, cb } = setup({ onCallbackError: (e) => errors.push(e) });
		void pims.get('pims.demo.phone', () => {
			throw new Error('user bug');
		});
		void pims.get('pims.demo.phone', cb);
		clock.advance(100);
		expect(errors).toHaveLength(1);
		expect(log).toHaveLength(1);
	});

	it('answers hostile params with a documented message instead of throwing', async () => {
		const { clock, pims } = setup();
		const hostile = new Proxy(
			{},
			{
				get: () => {
					throw new Error('boom');
				},
				has: () => {
					throw new Error('boom');
				},
				getOwnPropertyDescriptor: () => {
					throw new Error('boom');
				},
			},
		);
		const cyclic: Record<string, unknown> = { action: 'add' };
		cyclic.self = cyclic;
		cyclic.smsCode = cyclic;
		const replies = [pims.set('pims.demo.code', hostile), pims.set('pims.demo.code', cyclic), pims.get(Symbol('x')), pims.set('pims.demo.code', [1, 2])];
		clock.advance(100);
		const errors = (await Promise.all(replies)).map((m) => m?.error);
		expect(errors).toEqual([
			{ code: 2102, label: 'Invalid params parameter' },
			{ code: 2102, label: 'Invalid params parameter' },
			{ code: 2002, label: 'API not supported' },
			{ code: 2101, label: 'Missing action parameter' },
		]);
	});
});

describe('subscriptions in the real catalogue', () => {
	it('stream the link opening and closing until unsubscribed', async () => {
		const { loadCatalog } = await import('../content-model/node.ts');
		const real = loadCatalog();
		const op = real.operations.find((o) => o.slug === 'subscribe-vehicle-connection')!;
		const clock = createFakeClock();
		const pims = createPims({ catalog: real, clock, seed: 1, state: createState(real, { initialized: true }) });
		const log: Message[] = [];
		void pims.subscribe(op.api, undefined, (m) => log.push(m));
		clock.advance(3500);
		const events = log.filter((m) => m.status === 'RESULT');
		expect(events.length).toBeGreaterThanOrEqual(3);
		const connected = { vin: 'VR1AB12C3D4567890', status: 'Connected', protocol: 'CEA', model: 'NAC', version: '1.0.2', privacy: 'Full' };
		const disconnected = { vin: 'VR1AB12C3D4567890', status: 'Disconnected' };
		expect(events.slice(0, 3).map((e) => e.result)).toEqual([connected, disconnected, connected]);
		void pims.unsubscribe(op.api);
		clock.advance(100);
		const count = log.length;
		clock.advance(5000);
		expect(log.length).toBe(count);
		// Loading the real catalogue is most of its time.
	}, 30_000);
});
