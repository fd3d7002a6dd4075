import { describe, expect, it } from 'vitest';
import { contrast, readable } from './contrast.ts';

const rgb = (h: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];

describe('readable token colours', () => {
	it('leave a colour that already reads alone', () => {
		expect(readable('#000000', '#ffffff')).toBe('#000000');
	});
	it('lighten a faint comment grey on a dark background to 4.5:1', () => {
		const out = readable('#6a737d', '#24292e');
		expect(out).not.toBe('#6a737d');
		expect(contrast(rgb(out), rgb('#24292e'))).toBeGreaterThanOrEqual(4.5);
	});
	it('read a background written in the short form', () => {
		// GitHub Light's keyword red, 4.3:1 on the current line's #f6f8fa, on its #fff background.
		const out = readable('#d73a49', '#fff', 5.5);
		expect(contrast(rgb(out), rgb('#ffffff'))).toBeGreaterThanOrEqual(5.5);
	});

	it('darken on a light background', () => {
		const out = readable('#9ea7b3', '#ffffff');
		expect(contrast(rgb(out), rgb('#ffffff'))).toBeGreaterThanOrEqual(4.5);
	});
});
