import { describe, expect, it, vi } from 'vitest';
import { fromTable, type RegExpEntry } from './regexp-table.ts';

const ENTRIES: RegExpEntry[] = [
	['\\bconst\\b', '\\bconst\\b', 'dgv'],
	['(?x) broken', '(', 'dgv'],
];

describe('fromTable', () => {
	it("gives the table's RegExp for a pattern it has, without translating", () => {
		const translate = vi.fn(() => /unused/);
		const regexp = fromTable(ENTRIES, translate)('\\bconst\\b');
		expect(regexp.source).toBe('\\bconst\\b');
		expect(regexp.flags).toBe('dgv');
		expect(translate).not.toHaveBeenCalled();
	});

	it('translates a pattern the table lacks', () => {
		const translated = /x/g;
		const translate = vi.fn(() => translated);
		expect(fromTable(ENTRIES, translate)('\\blet\\b')).toBe(translated);
		expect(translate).toHaveBeenCalledWith('\\blet\\b');
	});

	it('translates a pattern whose entry this engine rejects', () => {
		const translated = /y/g;
		const translate = vi.fn(() => translated);
		expect(fromTable(ENTRIES, translate)('(?x) broken')).toBe(translated);
		expect(translate).toHaveBeenCalledWith('(?x) broken');
	});

	it("reads no property of the table's prototype", () => {
		const translate = vi.fn(() => /z/);
		fromTable(ENTRIES, translate)('constructor');
		expect(translate).toHaveBeenCalledWith('constructor');
	});
});
