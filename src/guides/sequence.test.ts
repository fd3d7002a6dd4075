import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { allocateGaps, layoutSequence } from './sequence-layout.ts';
import { resolveSequence } from './sequence-resolve.ts';
import type { SequenceSpec } from './sequence-spec.ts';
import { wrapText } from './text-wrap.ts';

const catalog = fixtureCatalog();

const spec = (steps: SequenceSpec['steps']): SequenceSpec => ({
	id: 'demo',
	title: 'Demo',
	description: 'A demo sequence.',
	participants: [
		{ id: 'app', label: 'Your app', short: 'App' },
		{ id: 'sdk', label: 'pims SDK', short: 'SDK' },
		{ id: 'phone', label: "User's phone", short: 'Phone' },
	],
	steps,
});

const demo = spec([
	{ section: 'Read' },
	{ from: 'app', to: 'sdk', call: 'get-demo-phone' },
	{ from: 'sdk', to: 'app', answer: 'get-demo-phone', outcome: 'succeeded' },
	{ from: 'sdk', to: 'app', answer: 'get-demo-phone', outcome: 2307, text: 'no number' },
	{ section: 'Change' },
	{ from: 'app', to: 'sdk', call: 'set-demo-code-add', text: 'with the smsCode' },
	{ from: 'sdk', to: 'phone', text: 'SMS with the code' },
	{ from: 'phone', to: 'app', text: 'the user types it', reply: true },
	{ from: 'app', to: 'sdk', call: 'subscribe-demo-signal' },
	{ from: 'sdk', to: 'app', answer: 'subscribe-demo-signal', outcome: 'result' },
]);

describe('resolveSequence', () => {
	it('numbers the messages, labels operations from the catalogue and keeps sections', () => {
		const seq = resolveSequence(catalog, demo);
		const messages = seq.steps.filter((s) => s.kind === 'message');
		expect(messages.map((m) => m.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(seq.steps.filter((s) => s.kind === 'section').map((s) => s.text)).toEqual(['Read', 'Change']);
		expect(messages.map((m) => m.lines.map((l) => l.text))).toEqual([
			['1. GET pims.demo.phone'],
			['2. SUCCEEDED: phoneNumber'],
			['3. FAILED 2307: User dont have a phone number', 'no number'],
			['4. SET pims.demo.code', 'action: add', 'with the smsCode'],
			['5. SMS with the code'],
			['6. the user types it'],
			['7. SUBSCRIBE pims.demo.signal'],
			['8. RESULT: level'],
		]);
		expect(messages.map((m) => m.dashed)).toEqual([false, true, true, false, false, true, false, true]);
		expect(messages[3]?.op).toEqual({ slug: 'set-demo-code-add', title: 'pims.demo.code - add', method: 'set' });
	});

	it('fails on anything the catalogue or the participants do not have, naming the step', () => {
		expect(() => resolveSequence(catalog, spec([{ from: 'app', to: 'sdk', call: 'get-nothing' }]))).toThrow(/"demo", step 1: no operation has the slug get-nothing/);
		expect(() => resolveSequence(catalog, spec([{ section: 'x' }, { from: 'app', to: 'car', text: 'hi' }]))).toThrow(/step 2: no participant has the id "car"/);
		expect(() => resolveSequence(catalog, spec([{ from: 'sdk', to: 'app', answer: 'get-demo-phone', outcome: 2005 }]))).toThrow(/does not document error 2005/);
		expect(() => resolveSequence(catalog, spec([{ from: 'sdk', to: 'app', answer: 'get-demo-phone', outcome: 'result' }]))).toThrow(/not a subscription/);
		expect(() => resolveSequence(catalog, spec([{ from: 'app', to: 'app', text: 'self' }]))).toThrow(/same participant/);
		expect(() => resolveSequence(catalog, spec([{ section: 'only' }]))).toThrow(/no messages/);
		expect(() => resolveSequence(catalog, { ...demo, id: 'Bad id' })).toThrow(/id must be/);
	});
});

describe('wrapText', () => {
	it('breaks at spaces, and long words after a dot', () => {
		expect(wrapText('1. GET pims.authentication.trustedphonenumber', 26)).toEqual(['1. GET', 'pims.authentication.', 'trustedphonenumber']);
		expect(wrapText('SMS with the code', 40)).toEqual(['SMS with the code']);
		expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
	});

	it('never exceeds the width and loses no character', () => {
		fc.assert(
			fc.property(fc.array(fc.stringMatching(/^[a-z.-]{1,30}$/), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 40 }), (words, max) => {
				const lines = wrapText(words.join(' '), max);
				for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
				expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
			}),
		);
	});
});

describe('allocateGaps', () => {
	it('gives every gap its minimum, the busiest gap what it wants first, and fills the span', () => {
		const gaps = allocateGaps([300, 200], 100, 450, [10, 2]);
		expect(gaps[0]).toBeCloseTo(300);
		expect(gaps[1]).toBeCloseTo(150);
	});

	it('always sums to the span, never below the minimum when the minimums fit', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 10, max: 120 }), fc.integer({ min: 50, max: 1200 }), (want, min, span) => {
				const wants = want.map((w) => Math.max(w, min));
				const gaps = allocateGaps(
					wants,
					min,
					span,
					want.map((_, i) => i),
				);
				expect(gaps.reduce((a, b) => a + b, 0)).toBeCloseTo(span);
				if (min * wants.length < span) for (const g of gaps) expect(g).toBeGreaterThanOrEqual(min - 1e-9);
			}),
		);
	});
});

describe('layoutSequence', () => {
	const seq = resolveSequence(catalog, demo);

	for (const options of [
		{ width: 640, fontSize: 13 },
		{ width: 380, fontSize: 12, compact: true },
		{ width: 240, fontSize: 12, compact: true },
	]) {
		it(`keeps every label inside the diagram and the rows in order at width ${options.width}`, () => {
			const layout = layoutSequence(seq, options);
			expect(layout.width).toBe(options.width);
			const xs = layout.lanes.map((l) => l.x);
			expect([...xs].sort((a, b) => a - b)).toEqual(xs);
			let lastY = layout.lifeline.top;
			for (const row of layout.rows) {
				const box = row.kind === 'section' ? row.box : row.label.box;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.w).toBeLessThanOrEqual(options.width + 1e-9);
				expect(box.y).toBeGreaterThanOrEqual(lastY);
				if (row.kind === 'message') {
					expect(row.y).toBeGreaterThan(box.y + box.h);
					expect(xs).toContain(row.x1);
					expect(xs).toContain(row.x2);
					lastY = row.y;
				} else lastY = box.y + box.h;
			}
			expect(layout.height).toBeGreaterThan(lastY);
			expect(layout.lifeline.bottom).toBeLessThanOrEqual(layout.height);
		});
	}

	it('uses the short names on narrow layouts', () => {
		expect(layoutSequence(seq, { width: 380, fontSize: 12, compact: true }).lanes.map((l) => l.label)).toEqual(['App', 'SDK', 'Phone']);
		expect(layoutSequence(seq, { width: 640, fontSize: 13 }).lanes.map((l) => l.label)).toEqual(['Your app', 'pims SDK', "User's phone"]);
	});

	it('gives the busiest pair of lanes the room its labels want', () => {
		const layout = layoutSequence(seq, { width: 640, fontSize: 13 });
		const [app, sdk] = layout.lanes;
		expect((sdk?.x ?? 0) - (app?.x ?? 0)).toBeGreaterThan('3. FAILED 2307: User dont have a phone number'.length * 13 * 0.6);
	});
});

describe('what a run of the diagram shows', () => {
	it('names the call each answer answers, as the console does, and groups alternatives', () => {
		const seq = resolveSequence(
			catalog,
			spec([
				{ from: 'app', to: 'sdk', call: 'get-demo-phone' },
				{ from: 'sdk', to: 'app', answer: 'get-demo-phone', outcome: 'succeeded' },
				{ from: 'sdk', to: 'app', answer: 'get-demo-phone', outcome: 2307, alt: true },
				{ from: 'app', to: 'sdk', unsubscribe: 'subscribe-demo-signal' },
				{ from: 'sdk', to: 'app', unsubscribed: 'subscribe-demo-signal' },
				{ section: 'Else', alt: true },
				{ from: 'app', to: 'sdk', call: 'set-demo-code-add' },
			]),
		);
		const messages = seq.steps.filter((s) => s.kind === 'message');
		expect(messages.map((m) => [m.lines[0]?.text, m.expect, m.group, m.inRun])).toEqual([
			['1. GET pims.demo.phone', undefined, 1, true],
			['2. SUCCEEDED: phoneNumber', { call: 'GET demo.phone', status: 'SUCCEEDED' }, 2, true],
			['3. FAILED 2307: User dont have a phone number', { call: 'GET demo.phone', status: 'FAILED', code: 2307 }, 2, true],
			['4. UNSUBSCRIBE pims.demo.signal', undefined, 3, true],
			['5. SUCCEEDED', { call: 'UNSUBSCRIBE demo.signal', status: 'SUCCEEDED' }, 4, true],
			['6. SET pims.demo.code', undefined, 5, false],
		]);
		expect(() => resolveSequence(catalog, spec([{ from: 'app', to: 'sdk', unsubscribe: 'get-demo-phone' }]))).toThrow(/step 1: get-demo-phone is not a subscription/);
		expect(() => resolveSequence(catalog, spec([{ from: 'sdk', to: 'app', answer: 'get-demo-phone', outcome: 'succeeded', alt: true }]))).toThrow(/first message cannot be an alternative/);
	});
});
