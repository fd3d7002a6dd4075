import { describe, expect, it } from 'vitest';
import { createFakeClock } from './clock.ts';
import { createTimers } from './timers.ts';

/** An answer due in 20 ms and an event in 300 ms, each noting its name when it runs. */
function twoTimers() {
	const clock = createFakeClock();
	const timers = createTimers(clock);
	const ran: string[] = [];
	timers.later(() => ran.push('answer'), 20);
	timers.later(() => ran.push('event'), 300);
	return { clock, timers, ran };
}

describe('createTimers', () => {
	it('runs each function once its delay has passed on the clock', () => {
		const { clock, ran } = twoTimers();
		clock.advance(19);
		expect(ran).toEqual([]);
		clock.advance(1);
		expect(ran).toEqual(['answer']);
		clock.advance(280);
		expect(ran).toEqual(['answer', 'event']);
	});

	it('stopAll clears every pending timer, and a timer set afterwards never runs', () => {
		const { clock, timers, ran } = twoTimers();
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
