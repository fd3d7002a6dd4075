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
	const timers = new Map<number, { at: number; fn: () => void; order: number }>();
	return {
		now: () => now,
		setTimeout(fn, ms) {
			const id = nextId++;
			timers.set(id, { at: now + Math.max(0, ms), fn, order: id });
			return id;
		},
		clearTimeout(h) {
			timers.delete(h as number);
		},
		advance(ms) {
			const end = now + ms;
			for (;;) {
				let next: [number, { at: number; fn: () => void; order: number }] | undefined;
				for (const entry of timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at || (entry[1].at === next[1].at && entry[1].order < next[1].order))) next = entry;
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
