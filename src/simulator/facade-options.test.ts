// The facade's options and timing: when each answer and event arrives, what the conditions change, what dispose and
// onChange do. Times are the defaults written out by hand: 20 ms per answer, 300 ms to the first event, then 1 s.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../content-model/catalog.ts';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import type { Message } from '../sdk/index.ts';
import { createFakeClock } from './clock.ts';
import { createPims, type Callback, type PimsOptions } from './facade.ts';
import { createState } from './state/index.ts';
import type { TwinSnapshot } from './twin.ts';

const base = fixtureCatalog();
/** The fixture, with the phone read also documenting 2201 (timeout) and 2202 (no internet). */
const catalog: Catalog = { ...base, operations: base.operations.map((o) => (o.slug === 'get-demo-phone' ? { ...o, errors: [...o.errors, 2201, 2202] } : o)) };

function setup(options: Partial<PimsOptions> = {}) {
	const clock = createFakeClock();
	const pims = createPims({ catalog, clock, seed: 7, state: createState(catalog, { initialized: true }), ...options });
	const log: Array<{ at: number; message: Message }> = [];
	return { clock, pims, log, cb: (message: Message) => void log.push({ at: clock.now(), message }) };
}

describe('answer timing', () => {
	it('answers after 20 ms by default, or after latencyMs', () => {
		const { clock, pims, log, cb } = setup();
		void pims.get('pims.demo.phone', cb);
		clock.advance(19);
		expect(log).toStrictEqual([]);
		clock.advance(1);
		expect(log.map((e) => [e.at, e.message.status])).toStrictEqual([[20, 'SUCCEEDED']]);
		const slow = setup({ latencyMs: 150 });
		void slow.pims.get('pims.demo.phone', slow.cb);
		slow.clock.advance(1000);
		expect(slow.log.map((e) => e.at)).toStrictEqual([150]);
	});

	it('streams the first event 300 ms after the acknowledgement, then one a second, or as the options say', () => {
		const { clock, pims, log, cb } = setup();
		void pims.subscribe('pims.demo.signal', {}, cb);
		clock.advance(2400);
		expect(log.map((e) => [e.at, e.message.status])).toStrictEqual([
			[20, 'SUCCEEDED'],
			[320, 'RESULT'],
			[1320, 'RESULT'],
			[2320, 'RESULT'],
		]);
		const quick = setup({ firstEventMs: 50, eventIntervalMs: 200 });
		void quick.pims.subscribe('pims.demo.signal', {}, quick.cb);
		quick.clock.advance(500);
		expect(quick.log.map((e) => e.at)).toStrictEqual([20, 70, 270, 470]);
	});
});

describe('conditions', () => {
	it('a slow network fails an operation that documents 2201 after 3 s, or after timeoutMs', () => {
		const { clock, pims, log, cb } = setup({ conditions: { slowNetwork: true } });
		void pims.get('pims.demo.phone', cb);
		clock.advance(2999);
		expect(log).toStrictEqual([]);
		clock.advance(1);
		expect(log).toStrictEqual([{ at: 3000, message: { transactionId: expect.any(String), status: 'FAILED', error: { code: 2201, label: 'Timeout/Polling Timeout/Command Timeout' } } }]);
		const short = setup({ conditions: { slowNetwork: true }, timeoutMs: 500 });
		void short.pims.get('pims.demo.phone', short.cb);
		short.clock.advance(5000);
		expect(short.log.map((e) => [e.at, e.message.error?.code])).toStrictEqual([[500, 2201]]);
	});

	it('offline fails an operation that documents 2202 at once, and leaves one that does not alone', () => {
		const { clock, pims, log, cb } = setup({ conditions: { offline: true } });
		void pims.get('pims.demo.phone', cb);
		void pims.set('pims.demo.code', { action: 'add', smsCode: 123456 }, cb);
		clock.advance(20);
		expect(log.map((e) => [e.at, e.message.status, e.message.error?.code])).toStrictEqual([
			[20, 'FAILED', 2202],
			[20, 'SUCCEEDED', undefined],
		]);
	});

	it('by default the network is neither offline nor slow', () => {
		const { clock, pims, log, cb } = setup({ conditions: {} });
		void pims.get('pims.demo.phone', cb);
		clock.advance(20);
		expect(log.map((e) => e.message.status)).toStrictEqual(['SUCCEEDED']);
	});
});

describe('facade lifetime', () => {
	it('starts from the default preset, initialized and enrolled, when no state is given', async () => {
		const clock = createFakeClock();
		const pims = createPims({ catalog, clock, seed: 1 });
		expect([pims.state.initialized, pims.state.session.enrolled]).toStrictEqual([true, true]);
		const reply = pims.get('pims.demo.phone');
		clock.advance(20);
		expect((await reply).status).toBe('SUCCEEDED');
	});

	it('delivers nothing once disposed, not even an answer already on its way', () => {
		const { clock, pims, log, cb } = setup();
		void pims.get('pims.demo.phone', cb);
		void pims.subscribe('pims.demo.signal', {}, cb);
		clock.advance(10);
		pims.dispose();
		clock.advance(5000);
		expect(log).toStrictEqual([]);
		expect(pims.snapshot().subscriptions).toStrictEqual([]);
	});

	it('answers no call made after dispose', () => {
		const { clock, pims, log, cb } = setup();
		pims.dispose();
		void pims.get('pims.demo.phone', cb);
		clock.advance(5000);
		expect(log).toStrictEqual([]);
	});

	it('tells onChange after every message, with the live subscriptions and their event counts', () => {
		const changes: TwinSnapshot[] = [];
		const { clock, pims } = setup({ onChange: (s) => changes.push(s) });
		void pims.get('pims.demo.phone');
		clock.advance(20);
		expect(changes.map((c) => c.subscriptions)).toStrictEqual([[]]);
		expect(changes[0]!.state.initialized).toBe(true);
		void pims.subscribe('pims.demo.signal', {});
		clock.advance(320);
		expect(changes.slice(1).map((c) => c.subscriptions.map((s) => [s.api, s.operation, s.events]))).toStrictEqual([
			[['pims.demo.signal', 'subscribe-demo-signal', 0]],
			[['pims.demo.signal', 'subscribe-demo-signal', 1]],
		]);
	});

	it('hands a callback that throws to onCallbackError, with what it threw', () => {
		const errors: unknown[] = [];
		const { clock, pims } = setup({ onCallbackError: (e) => errors.push(e) });
		const thrown = new Error('user bug');
		void pims.get('pims.demo.phone', () => {
			throw thrown;
		});
		clock.advance(20);
		expect(errors).toStrictEqual([thrown]);
	});
});

describe('callbacks', () => {
	it('answers a call made without a callback through its promise only, with nothing reported to onCallbackError', async () => {
		const errors: unknown[] = [];
		const { clock, pims } = setup({ onCallbackError: (e) => errors.push(e) });
		const replies = [pims.get('pims.demo.phone'), pims.release(), pims.get('pims.demo.phone')];
		clock.advance(20);
		expect((await Promise.all(replies)).map((m) => m.error?.code ?? m.status)).toStrictEqual(['SUCCEEDED', 'SUCCEEDED', 2001]);
		expect(errors).toStrictEqual([]);
	});

	it('ignores a callback that is not a function, as the console may pass one, and still answers', async () => {
		const errors: unknown[] = [];
		const { clock, pims } = setup({ onCallbackError: (e) => errors.push(e) });
		const notAFunction = 'callback' as unknown as Callback;
		const replies = [pims.unsubscribe('pims.demo.nothing', notAFunction), pims.release(notAFunction)];
		clock.advance(20);
		expect((await Promise.all(replies)).map((m) => m.error?.code ?? m.status)).toStrictEqual([2002, 'SUCCEEDED']);
		expect(errors).toStrictEqual([]);
	});

	it('carries on after a callback throws when no onCallbackError is given', () => {
		const { clock, pims, log, cb } = setup();
		void pims.get('pims.demo.phone', () => {
			throw new Error('user bug');
		});
		void pims.get('pims.demo.phone', cb);
		expect(() => clock.advance(20)).not.toThrow();
		expect(log.map((e) => e.message.status)).toStrictEqual(['SUCCEEDED']);
	});
});
