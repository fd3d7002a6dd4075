import { describe, expect, it } from 'vitest';
import { relativeTime, resultSummary } from './timeline.ts';

describe('timeline text', () => {
	it('gives times relative to the subscription in ms, then seconds', () => {
		expect(relativeTime(0)).toBe('+0 ms');
		expect(relativeTime(320.4)).toBe('+320 ms');
		expect(relativeTime(1320)).toBe('+1.32 s');
	});

	it('sums up a result by its scalar fields, one level deep', () => {
		expect(resultSummary({ status: 'Connected', vin: 'VR3' })).toBe('status: Connected, vin: VR3');
		expect(resultSummary({ doors: { state: 'locked', open: false }, list: [1, 2] })).toBe('doors.state: locked, doors.open: false, list: 2 items');
		expect(resultSummary({ a: 'x'.repeat(100) }, 20)).toBe(`a: ${'x'.repeat(16)}…`);
		expect(resultSummary(undefined)).toBe('');
	});
});
