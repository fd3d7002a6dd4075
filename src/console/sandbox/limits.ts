// The sandbox's limits, in one place: the frame and runner enforce them, the console states them.
//
// There is no memory budget: the worker cannot tell how much memory it uses. Its frame has an opaque
// origin and is not cross-origin isolated, so performance.measureUserAgentSpecificMemory is missing,
// and Chromium gives workers no performance.memory (both checked in Chromium 156). Code that
// allocates without end is stopped by the budgets below when it keeps the worker busy, and otherwise
// takes its frame's process down: the page then notices the silent frame (FRAME_TIMEOUT_MS) and
// builds a fresh one.

/** Milliseconds the worker may stay busy without answering before it is stopped. */
export const WATCHDOG_MS = 5000;
/**
 * A run whose timers keep firing this long with no output (no console line, no SDK message) is stopped.
 * Short, because a yielding allocation loop can fill the worker's heap, and crash the page with it, within about 6 s.
 */
export const QUIET_MS = 3000;
/** A run whose timer callbacks have used this much processing time in total is stopped. */
export const CPU_BUDGET_MS = 10_000;
/** How long the page waits for the sandbox frame to answer before building a fresh one. */
export const FRAME_TIMEOUT_MS = 4000;
/** How long a new sandbox frame may take to load before it is built again. */
export const LOAD_TIMEOUT_MS = 15_000;
/** Entries the log keeps; earlier ones are counted in a notice. The sandbox never sends more per batch. */
export const LOG_ENTRIES = 1000;
/** Characters of output one batch may carry; older entries of the batch are dropped and counted. */
export const BATCH_CHARS = 2_000_000;
/** Calls of one run listed for the pasteable code and the call names; later calls still run. */
export const MAX_CALLS = 1000;
/** An SDK message longer than this (as JSON) is shown cut, without highlighting. */
export const MESSAGE_CHARS = 20_000;
/** Messages up to this length (as JSON) are highlighted; longer ones stay plain text. */
export const HIGHLIGHT_CHARS = 4000;

export type HaltReason = 'busy' | 'quiet' | 'cpu' | 'lost';

/** What the log says when the sandbox stops a run by itself. */
export function haltMessage(reason: HaltReason): string {
	switch (reason) {
		case 'busy':
			return `Stopped: the code kept the sandbox busy for more than ${WATCHDOG_MS / 1000} seconds without yielding (an endless loop?). What it printed before is above.`;
		case 'quiet':
			return `Stopped: the code kept timers firing for ${QUIET_MS / 1000} seconds without printing anything or receiving an SDK message. What it printed before is above.`;
		case 'cpu':
			return `Stopped: the code's timers used more than ${CPU_BUDGET_MS / 1000} seconds of processing time. What it printed before is above.`;
		case 'lost':
			return 'Stopped: the sandbox stopped answering (the code may have used too much memory). A fresh sandbox is ready; Run starts again.';
	}
}

/** What the log says when the sandbox was lost between runs. */
export const REPLACED_NOTE = 'The sandbox stopped answering while no code was running (its process may have ended). A fresh sandbox is ready.';
