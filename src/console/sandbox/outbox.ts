// The runner's outgoing events, sent in batches at most every BATCH_MS instead of one message per
// console.log, so a flood costs the page one small message per batch. A batch carries at most the
// newest LOG_ENTRIES entries and BATCH_CHARS characters; older ones are only counted. Calls are
// never dropped (the runner lists at most MAX_CALLS): messages refer to them by index.
import type { RunBatch, RunEvent } from '../protocol.ts';
import { BATCH_CHARS, LOG_ENTRIES } from './limits.ts';

export const BATCH_MS = 50;
/** Batches sent at once per second, before batching by time starts: so output that code prints just
 * before it blocks (an endless loop, a long computation) is not held back waiting for a timer, and an
 * SDK message is not held back by the state change that came with it. */
const PROMPT_PER_SECOND = 20;

interface Queued {
	event: RunEvent;
	size: number;
}

export class Outbox {
	private queue: Queued[] = [];
	private calls: RunEvent[] = [];
	private hidden = 0;
	private readState: (() => RunEvent | undefined) | undefined;
	private scheduled = false;
	/** Counts flushes: a timer set before the last flush has nothing left to send early. */
	private flushes = 0;
	private lastFlush = -Infinity;
	private windowStart = -Infinity;
	private prompt = 0;

	constructor(
		private readonly send: (batch: RunBatch) => void,
		private readonly schedule: (fn: () => void, ms: number) => void,
		private readonly now: () => number,
	) {}

	/** Queues an event; `size` is roughly the characters it carries. */
	push(event: RunEvent, size = 100): void {
		if (event.kind === 'call') this.calls.push(event);
		else this.queue.push({ event, size });
		// Trimmed in halves so that a flood stays linear.
		if (this.queue.length > 2 * LOG_ENTRIES) this.drop(this.queue.length - LOG_ENTRIES);
		const now = this.now();
		if (now - this.windowStart >= 1000) {
			this.windowStart = now;
			this.prompt = 0;
		}
		if (this.prompt < PROMPT_PER_SECOND) {
			this.prompt += 1;
			this.flush();
		} else this.wake();
	}

	/** The state is read once per batch, however many calls changed it; undefined: nothing to send. */
	stateChanged(read: () => RunEvent | undefined): void {
		this.readState = read;
		this.wake();
	}

	flush(): void {
		this.scheduled = false;
		this.flushes += 1;
		this.lastFlush = this.now();
		let chars = 0;
		let keep = 0;
		for (let i = this.queue.length - 1; i >= 0 && keep < LOG_ENTRIES; i--, keep++) {
			chars += this.queue[i]!.size;
			if (chars > BATCH_CHARS && keep > 0) break;
		}
		this.drop(this.queue.length - keep);
		// Calls first: a message in this batch may answer one of them.
		const events = [...this.calls, ...this.queue.map((q) => q.event)];
		const state = this.readState?.();
		if (state) events.push(state);
		if (events.length === 0 && this.hidden === 0) return;
		this.send({ type: 'batch', hidden: this.hidden, events });
		this.queue = [];
		this.calls = [];
		this.hidden = 0;
		this.readState = undefined;
	}

	private drop(count: number): void {
		if (count <= 0) return;
		this.queue.splice(0, count);
		this.hidden += count;
	}

	private wake(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		const flushes = this.flushes;
		this.schedule(() => flushes === this.flushes && this.flush(), Math.max(0, this.lastFlush + BATCH_MS - this.now()));
	}
}
