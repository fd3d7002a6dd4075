// The simulator's small utilities: the fake clock the tests drive, JSON copies, seeded randomness and transaction ids.
import { describe, expect, it } from 'vitest';
import { cloneJson } from './clone-json.ts';
import { createFakeClock } from './clock.ts';
import { seededRandom, transactionIds } from './random.ts';

describe('createFakeClock', () => {
	it('runs the timers due, in time order, then order of setting, and moves time to each', () => {
		const clock = createFakeClock(100);
		const ran: string[] = [];
		clock.setTimeout(() => ran.push(`b@${clock.now()}`), 20);
		clock.setTimeout(() => ran.push(`a@${clock.now()}`), 10);
		clock.setTimeout(() => ran.push(`c@${clock.now()}`), 20);
		clock.setTimeout(() => ran.push(`late@${clock.now()}`), 31);
		expect(clock.now()).toBe(100);
		expect(clock.pending()).toBe(4);
		clock.advance(30);
		expect(ran).toEqual(['a@110', 'b@120', 'c@120']);
		expect(clock.now()).toBe(130);
		expect(clock.pending()).toBe(1);
		clock.advance(1);
		expect(ran.at(-1)).toBe('late@131');
		expect(clock.pending()).toBe(0);
	});

	it('runs timers set by timers when they fall due, and treats a negative delay as none', () => {
		const clock = createFakeClock();
		const ran: number[] = [];
		clock.setTimeout(() => {
			ran.push(clock.now());
			clock.setTimeout(() => ran.push(clock.now()), 5);
			clock.setTimeout(() => ran.push(clock.now()), 50);
		}, 5);
		clock.setTimeout(() => ran.push(clock.now()), -10);
		clock.advance(10);
		expect(ran).toEqual([0, 5, 10]);
		expect(clock.pending()).toBe(1);
	});

	it('forgets a cleared timer', () => {
		const clock = createFakeClock();
		let ran = false;
		const id = clock.setTimeout(() => (ran = true), 5);
		clock.clearTimeout(id);
		clock.advance(10);
		expect(ran).toBe(false);
		expect(clock.pending()).toBe(0);
	});
});

describe('cloneJson', () => {
	it('copies every level, so changing the copy leaves the original', () => {
		const original = { a: [1, { b: 'x' }], c: { d: null, e: true } };
		const copy = cloneJson(original);
		expect(copy).toEqual({ a: [1, { b: 'x' }], c: { d: null, e: true } });
		(copy.a[1] as { b: string }).b = 'y';
		copy.c.e = false;
		expect(original).toEqual({ a: [1, { b: 'x' }], c: { d: null, e: true } });
		expect(cloneJson('s')).toBe('s');
		expect(cloneJson(null)).toBeNull();
	});
});

describe('seeded randomness', () => {
	it('repeats a run for a seed, differs between seeds, and stays in [0, 1)', () => {
		const a = seededRandom(7);
		const b = seededRandom(7);
		const c = seededRandom(8);
		const runA = Array.from({ length: 200 }, a);
		expect(Array.from({ length: 200 }, b)).toEqual(runA);
		expect(Array.from({ length: 200 }, c)).not.toEqual(runA);
		expect(runA.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(new Set(runA).size).toBe(200);
		// Spread over the interval, not stuck in one part of it.
		expect(runA.filter((x) => x < 0.5).length).toBeGreaterThan(70);
		expect(runA.filter((x) => x >= 0.5).length).toBeGreaterThan(70);
	});

	it('gives transaction ids shaped like the SDK’s, none twice', () => {
		const next = transactionIds(seededRandom(1));
		const ids = Array.from({ length: 2000 }, next);
		expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}$/.test(id))).toBe(true);
		expect(new Set(ids).size).toBe(2000);
		expect(new Set(ids.map((id) => id.slice(9))).size).toBeGreaterThan(1000);
		// Leading zeros are kept: a random source that gives 0 still yields 8 + 4 digits.
		expect(transactionIds(() => 0)()).toMatch(/^[0-9a-f]{8}-0000$/);
	});

	it('starts the ids’ counter where the random source says', () => {
		const head = (x: number) => transactionIds(() => x)().slice(0, 8);
		expect(new Set([head(0), head(0.25), head(0.5), head(0.75)]).size).toBe(4);
	});
});
