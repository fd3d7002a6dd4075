import { describe, expect, it } from 'vitest';
import { cut, formatValue } from './format.ts';

describe('formatting logged values', () => {
	it('cuts long text with a marker counting what was left out', () => {
		expect(formatValue('x'.repeat(50_000_000))).toBe(`${'x'.repeat(10_000)}… (49,990,000 more characters)`);
		expect(formatValue('x'.repeat(10_000))).toBe('x'.repeat(10_000));
		expect(cut('abcdef', 4)).toBe('abcd… (2 more characters)');
		expect(formatValue({ s: 'y'.repeat(20_000) }).endsWith('… (10,013 more characters)')).toBe(true);
	});
});
