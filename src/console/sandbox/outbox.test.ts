import { describe, expect, it } from 'vitest';
import type { RunBatch, RunEvent } from '../protocol.ts';
import { Outbox } from './outbox.ts';

function setup() {
	let time = 0;
	const timers: Array<{ at: number; fn: () => void }> = [];
	const sent: RunBatch[] = [];
	const outbox = new Outbox(
		(b) => sent.push(b),
		(fn, ms) => void timers.push({ at: time + ms, fn }),
		() => time,
	);
	const advance = (ms: number) => {
		time += ms;
		for (const t of timers.splice(0).sort((a, b) => a.at - b.at))
			if (t.at <= time) t.fn();
			else timers.push(t);
	};
	return { outbox, sent, advance };
}
const line = (i: number): RunEvent => ({ kind: 'log', level: 'log', text: `line ${i}`, at: i });

describe('the outbox', () => {
	it('sends the first lines of each second at once, then batches the rest every 50 ms', () => {
		const { outbox, sent, advance } = setup();
		for (let i = 0; i < 25; i++) outbox.push(line(i));
		// Printed just before the code blocks, these are out already.
		expect(sent).toHaveLength(20);
		expect(sent[19]?.events).toEqual([line(19)]);
		advance(49);
		expect(sent).toHaveLength(20);
		advance(1);
		expect(sent[20]).toEqual({ type: 'batch', hidden: 0, events: [line(20), line(21), line(22), line(23), line(24)] });
		advance(1000);
		outbox.push(line(25));
		expect(sent[21]?.events).toEqual([line(25)]);
	});

	it('keeps the newest 1,000 of a flood and counts the rest as hidden', () => {
		const { outbox, sent, advance } = setup();
		for (let i = 0; i < 200_000; i++) outbox.push(line(i));
		advance(50);
		expect(sent).toHaveLength(21);
		expect(sent[20]?.hidden).toBe(200_000 - 20 - 1000);
		expect(sent[20]?.events).toHaveLength(1000);
		expect(sent[20]?.events.at(-1)).toEqual(line(199_999));
	});

	it('never drops calls, and sends them before the rest of their batch', () => {
		const { outbox, sent, advance } = setup();
		const call: RunEvent = { kind: 'call', call: { method: 'get', api: 'pims.x' }, at: 0 };
		for (let i = 0; i < 3020; i++) outbox.push(line(i));
		outbox.push(call);
		advance(50);
		expect(sent[20]?.events[0]).toEqual(call);
		expect(sent[20]?.events).toHaveLength(1001);
		expect(sent[20]?.hidden).toBe(2000);
	});

	it('keeps a batch under 2,000,000 characters', () => {
		const { outbox, sent, advance } = setup();
		for (let i = 0; i < 520; i++) outbox.push(line(i), 10_000);
		advance(50);
		expect(sent[20]?.events).toHaveLength(200);
		expect(sent[20]?.hidden).toBe(300);
	});

	it('reads the state once per batch, after the events', () => {
		const { outbox, sent, advance } = setup();
		let reads = 0;
		const state: RunEvent = { kind: 'state', state: { initialized: true } as never, subscriptions: [] };
		for (let i = 0; i < 10; i++) outbox.stateChanged(() => (reads++, state));
		outbox.push(line(1));
		advance(50);
		expect(reads).toBe(1);
		expect(sent[0]?.events.map((e) => e.kind)).toEqual(['log', 'state']);
	});

	it('sends an SDK message at once, with the state change its call made, though a batch was due later', () => {
		const { outbox, sent, advance } = setup();
		const call: RunEvent = { kind: 'call', call: { method: 'get', api: 'pims.x' }, at: 0 };
		const state: RunEvent = { kind: 'state', state: { initialized: true } as never, subscriptions: [] };
		const message: RunEvent = { kind: 'message', message: { transactionId: 't1', status: 'SUCCEEDED' }, at: 20, call: 0 };
		outbox.push(call);
		advance(20);
		outbox.stateChanged(() => state);
		outbox.push(message);
		expect(sent.map((b) => b.events)).toEqual([[call], [message, state]]);
		// The batch the state change had asked for has nothing left to send.
		advance(50);
		expect(sent).toHaveLength(2);
	});
});
