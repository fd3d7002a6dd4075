// The split of every documented error into reached naturally (by a story, from a preset) or forced only (with a reason).
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content-model/node.ts';
import { coverage } from './coverage.ts';
import { loadForcedReasons, loadStories } from '../site/simulator-stories.ts';

const catalog = loadCatalog();
const forced = loadForcedReasons();
const rows = coverage(catalog, loadStories(), forced);

describe('coverage of documented errors', () => {
	it('every documented error is reached by a story, or forced only for a stated reason', () => {
		const unexplained = rows.filter((r) => r.kind === 'forced' && !r.reason).map((r) => `${r.op} ${r.code}`);
		expect(unexplained).toEqual([]);
	});

	it('no reason is kept for a pair a story reaches', () => {
		const natural = new Set(rows.filter((r) => r.kind === 'natural').map((r) => `${r.op} ${r.code}`));
		expect(Object.keys(forced.pairs).filter((k) => natural.has(k))).toEqual([]);
		const codesReached = new Set(rows.filter((r) => r.kind === 'natural').map((r) => String(r.code)));
		expect(Object.keys(forced.codes).filter((c) => codesReached.has(c))).toEqual([]);
	});
});
