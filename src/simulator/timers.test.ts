import { describe, expect, it } from 'vitest';
import { createFakeClock } from './clock.ts';
import { createTimers } from './timers.ts';

describe('createTimers', () => {
	it('runs each function once its delay has passed on the clock', () => {
		const clock = createFakeClock();
		const timers = createTimers(clock);
		const ran: string[] = [];
		timers.later(() => ran.push('answer'), 20);
		timers.later(() => ran.push('event'), 300);
		clock.advance(19);
		expect(ran).toEqual([]);
		clock.advance(1);
		expect(ran).toEqual(['answer']);
		clock.advance(280);
		expect(ran).toEqual(['answer', 'event']);
	});

	it('stopAll clears every pending timer, and a timer set afterwards never runs', () => {
		const clock = createFakeClock();
		const timers = createTimers(clock);
		const ran: string[] = [];
		timers.later(() => ran.push('answer'), 20);
		timers.later(() => ran.push('event'), 300);
		timers.stopAll();
		expect(clock.pending()).toBe(0);
		timers.later(() => ran.push('late'), 10);
		clock.advance(1000);
		expect(ran).toEqual([]);
	});

	it('forgets a timer cleared elsewhere, so stopAll does not clear it again', () => {
		const clock = createFakeClock();
		const cleared: unknown[] = [];
		const timers = createTimers({ ...clock, clearTimeout: (h) => (cleared.push(h), clock.clearTimeout(h)) });
		const kept = timers.later(() => undefined, 50);
		const gone = timers.later(() => undefined, 60);
		clock.clearTimeout(gone);
		timers.forget(gone);
		timers.stopAll();
		expect(cleared).toEqual([kept]);
	});
});
