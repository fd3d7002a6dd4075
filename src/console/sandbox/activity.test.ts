import { describe, expect, it } from 'vitest';
import { Activity, watchTimers } from './activity.ts';

function clock() {
	let t = 0;
	return { now: () => t, set: (v: number) => void (t = v) };
}

describe('the activity budget', () => {
	it('stops a run whose timers keep firing for 3 s with no output, not one that prints or idles', () => {
		const c = clock();
		const a = new Activity(c.now);
		for (let t = 0; t <= 3000; t += 100) {
			c.set(t);
			a.timed(() => 0);
		}
		expect(a.verdict()).toBeUndefined();
		c.set(3100);
		a.timed(() => 0);
		expect(a.verdict()).toBe('quiet');
		a.output();
		expect(a.verdict()).toBeUndefined();
		// Idle (no callback for a second) is not activity, however long the silence.
		c.set(40_000);
		expect(a.verdict()).toBeUndefined();
	});

	it('stops a run whose callbacks used more than 10 s in total', () => {
		const c = clock();
		const a = new Activity(c.now);
		for (let i = 0; i < 11; i++) {
			a.output();
			a.timed(() => c.set(c.now() + 1000));
		}
		expect(a.verdict()).toBe('cpu');
	});

	it('wraps the scope timers for good and takes nested workers away', () => {
		const c = clock();
		const a = new Activity(c.now);
		const calls: unknown[] = [];
		const scope: Record<string, unknown> = { setTimeout: (fn: () => void, ms: number) => (calls.push(ms), fn()), setInterval: () => 0, Worker: class {} };
		watchTimers(scope, a);
		(scope.setTimeout as (fn: () => void, ms: number) => void)(() => c.set(500), 20);
		expect(calls).toEqual([20]);
		c.set(10_600);
		expect(a.verdict()).toBeUndefined();
		expect(() => {
			scope.setTimeout = () => 0;
		}).toThrow(TypeError);
		expect(scope.Worker).toBeUndefined();
	});
});
