// The live subscriptions of one facade: one per API, ended in one place, each ending clearing its timer once.
import { describe, expect, it } from 'vitest';
import { createFakeClock } from './clock.ts';
import { createSubscriptions } from './subscriptions.ts';

function setup() {
	const clock = createFakeClock();
	const cleared: unknown[] = [];
	return { clock, cleared, subs: createSubscriptions(clock, (t) => cleared.push(t)) };
}

describe('createSubscriptions', () => {
	it('keeps one subscription per API and lists them', () => {
		const { subs } = setup();
		const a = subs.add('pims.demo.signal', 'subscribe-demo-signal', 't1', 5, () => {});
		expect(subs.has('pims.demo.signal')).toBe(true);
		expect(subs.has('pims.demo.other')).toBe(false);
		expect(subs.hasOperation('subscribe-demo-signal')).toBe(true);
		expect(subs.hasOperation('subscribe-demo-other')).toBe(false);
		expect(subs.get('pims.demo.signal')).toBe(a);
		expect(a).toMatchObject({ api: 'pims.demo.signal', slug: 'subscribe-demo-signal', transactionId: 't1', since: 5, events: 0, timer: undefined, memory: {} });
		a.events = 3;
		expect(subs.list()).toEqual([{ api: 'pims.demo.signal', operation: 'subscribe-demo-signal', transactionId: 't1', events: 3 }]);
		const b = subs.add('pims.demo.signal', 'subscribe-demo-signal', 't2', 9, () => {});
		expect(subs.isLive(a)).toBe(false);
		expect(subs.isLive(b)).toBe(true);
	});

	it('stops one, clearing its pending timer, and leaves the others', () => {
		const { clock, cleared, subs } = setup();
		let fired = false;
		const a = subs.add('pims.a', 'subscribe-a', 't1', 0, () => {});
		subs.add('pims.b', 'subscribe-b', 't2', 0, () => {});
		const timer = clock.setTimeout(() => (fired = true), 10);
		a.timer = timer;
		subs.stop('pims.a');
		subs.stop('pims.none');
		clock.advance(20);
		expect(fired).toBe(false);
		expect(cleared).toEqual([timer]);
		expect(a.timer).toBeUndefined();
		expect(subs.list().map((s) => s.api)).toEqual(['pims.b']);
	});

	it('stops all, telling only of timers that were pending', () => {
		const { clock, cleared, subs } = setup();
		const a = subs.add('pims.a', 'subscribe-a', 't1', 0, () => {});
		subs.add('pims.b', 'subscribe-b', 't2', 0, () => {});
		const timer = clock.setTimeout(() => {}, 10);
		a.timer = timer;
		subs.stopAll();
		expect(cleared).toEqual([timer]);
		expect(subs.list()).toEqual([]);
		expect(clock.pending()).toBe(0);
	});
});
