import { describe, expect, it } from 'vitest';
import type { RunBatch, RunEvent } from '../protocol.ts';
import { Outbox } from './outbox.ts';

function setup() {
	let time = 0;
	const timers: Array<{ at: number; fn: () => void }> = [];
	const sent: RunBatch[] = [];
	const outbox = new Outbox((b) => sent.push(b), (fn, ms) => void timers.push({ at: time + ms, fn }), () => time);
	const advance = (ms: number) => {
		time += ms;
		for (const t of timers.splice(0).sort((a, b) => a.at - b.at)) if (t.at <= time) t.fn();
			else timers.push(t);
	};
	return { outbox, sent, advance };
}
const line = (i: number): RunEvent => ({ kind: 'log', level: 'log', text: `line ${i}`, at: i });

describe('the outbox', () => {
	it('sends what one task logs as one batch, and later output no sooner than 50 ms after', () => {
		const { outbox, sent, advance } = setup();
		for (let i = 0; i < 3; i++) outbox.push(line(i));
		advance(0);
		expect(sent).toEqual([{ type: 'batch', hidden: 0, events: [line(0), line(1), line(2)] }]);
		outbox.push(line(3));
		advance(49);
		expect(sent).toHaveLength(1);
		advance(1);
		expect(sent[1]?.events).toEqual([line(3)]);
	});

	it('keeps the newest 1,000 of a flood and counts the rest as hidden', () => {
		const { outbox, sent, advance } = setup();
		for (let i = 0; i < 200_000; i++) outbox.push(line(i));
		advance(0);
		expect(sent).toHaveLength(1);
		expect(sent[0]?.hidden).toBe(199_000);
		expect(sent[0]?.events).toHaveLength(1000);
		expect(sent[0]?.events.at(-1)).toEqual(line(199_999));
	});

	it('never drops calls, and sends them before the rest of their batch', () => {
		const { outbox, sent, advance } = setup();
		const call: RunEvent = { kind: 'call', call: { method: 'get', api: 'pims.x' }, at: 0 };
		for (let i = 0; i < 3000; i++) outbox.push(line(i));
		outbox.push(call);
		advance(0);
		expect(sent[0]?.events[0]).toEqual(call);
		expect(sent[0]?.events).toHaveLength(1001);
		expect(sent[0]?.hidden).toBe(2000);
	});

	it('keeps a batch under 2,000,000 characters', () => {
		const { outbox, sent, advance } = setup();
		for (let i = 0; i < 500; i++) outbox.push(line(i), 10_000);
		advance(0);
		expect(sent[0]?.events).toHaveLength(200);
		expect(sent[0]?.hidden).toBe(300);
	});

	it('reads the state once per batch, after the events', () => {
		const { outbox, sent, advance } = setup();
		let reads = 0;
		const state: RunEvent = { kind: 'state', state: { initialized: true } as never, subscriptions: [] };
		for (let i = 0; i < 10; i++) outbox.stateChanged(() => (reads++, state));
		outbox.push(line(1));
		advance(0);
		expect(reads).toBe(1);
		expect(sent[0]?.events.map((e) => e.kind)).toEqual(['log', 'state']);
	});
});
