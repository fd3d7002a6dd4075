// What user code's timers are doing, so a run that never ends by itself can be stopped: the timer
// functions user code sees are wrapped (and cannot be restored), and each callback is timed.
import { CPU_BUDGET_MS, QUIET_MS, type HaltReason } from './limits.ts';

/** A callback ran this recently: the run counts as active. */
const ACTIVE_MS = 1000;

export class Activity {
	private busy = 0;
	private lastActive = -Infinity;
	private lastOutput: number;

	constructor(private readonly now: () => number) {
		this.lastOutput = now();
	}

	/** Runs a user callback, counting its time. */
	timed<T>(fn: () => T): T {
		const start = this.now();
		try {
			return fn();
		} finally {
			const end = this.now();
			this.busy += end - start;
			this.lastActive = end;
		}
	}

	touched(): void {
		this.lastActive = this.now();
	}

	output(): void {
		this.lastOutput = this.now();
	}

	/** Why the run should stop now, if it should. */
	verdict(): HaltReason | undefined {
		const now = this.now();
		if (this.busy > CPU_BUDGET_MS) return 'cpu';
		if (now - this.lastActive < ACTIVE_MS && now - this.lastOutput > QUIET_MS) return 'quiet';
		return undefined;
	}
}

type Scope = Record<string, unknown>;

/** Replaces a function everywhere on the scope's prototype chain, for good. */
function replace(scope: object, name: string, make: (original: (...args: unknown[]) => unknown) => unknown): void {
	for (let o: object | null = scope; o; o = Object.getPrototypeOf(o) as object | null) {
		const d = Object.getOwnPropertyDescriptor(o, name);
		if (!d || typeof d.value !== 'function') continue;
		Object.defineProperty(o, name, { value: make(d.value as (...args: unknown[]) => unknown), writable: false, configurable: false, enumerable: d.enumerable ?? false });
	}
}

/**
 * Wraps setTimeout and setInterval so their callbacks are timed, and marks posting on a user's
 * MessageChannel as activity. Nested workers are taken away: their timers could not be counted.
 */
export function watchTimers(scope: object, activity: Activity): void {
	for (const name of ['setTimeout', 'setInterval']) {
		replace(
			scope,
			name,
			(original) =>
				function (this: unknown, callback: unknown, ...rest: unknown[]) {
					const cb = typeof callback === 'function' ? (...args: unknown[]) => activity.timed(() => (callback as (...a: unknown[]) => unknown)(...args)) : callback;
					return original.call(scope, cb, ...rest);
				},
		);
	}
	const port = (scope as Scope).MessagePort as { prototype: object } | undefined;
	if (port)
		replace(
			port.prototype,
			'postMessage',
			(original) =>
				function (this: unknown, ...args: unknown[]) {
					activity.touched();
					return original.apply(this, args);
				},
		);
	for (const name of ['Worker', 'SharedWorker']) if (name in scope) Object.defineProperty(scope, name, { value: undefined, writable: false, configurable: false });
}
