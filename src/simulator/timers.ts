// The facade's timers: every answer and event is scheduled here, so that dispose() stops them all and none fires after.
import type { Clock } from './clock.ts';

export interface Timers {
	/** Runs `fn` after `ms` on the clock, unless the timers are stopped first. */
	later(fn: () => void, ms: number): unknown;
	/** Forgets a timer cleared elsewhere (a subscription's next event). */
	forget(handle: unknown): void;
	stopAll(): void;
}

export function createTimers(clock: Clock): Timers {
	const pending = new Set<unknown>();
	let stopped = false;
	return {
		later(fn, ms) {
			const handle = clock.setTimeout(() => {
				pending.delete(handle);
				if (!stopped) fn();
			}, ms);
			pending.add(handle);
			return handle;
		},
		forget: (handle) => void pending.delete(handle),
		stopAll() {
			stopped = true;
			for (const t of pending) clock.clearTimeout(t);
			pending.clear();
		},
	};
}
