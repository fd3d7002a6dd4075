/** Time as the simulator sees it; injectable so tests never sleep. */
export interface Clock {
	now(): number;
	setTimeout(fn: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
	now: () => Date.now(),
	setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
	clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
};

export interface FakeClock extends Clock {
	/** Runs every timer due within `ms`, in time order, including timers those timers set. */
	advance(ms: number): void;
	/** Timers still waiting. */
	pending(): number;
}

/** A manual clock for tests. */
export function createFakeClock(start = 0): FakeClock {
	let now = start;
	let nextId = 1;
	// A Map iterates in insertion order, the order of setting: among timers due at one time, the first found is the first set.
	const timers = new Map<number, { at: number; fn: () => void }>();
	return {
		now: () => now,
		setTimeout(fn, ms) {
			const id = nextId++;
			timers.set(id, { at: now + Math.max(0, ms), fn });
			return id;
		},
		clearTimeout(h) {
			timers.delete(h as number);
		},
		advance(ms) {
			const end = now + ms;
			for (;;) {
				let next: [number, { at: number; fn: () => void }] | undefined;
				for (const entry of timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
				if (!next) break;
				timers.delete(next[0]);
				now = next[1].at;
				next[1].fn();
			}
			now = end;
		},
		pending: () => timers.size,
	};
}
