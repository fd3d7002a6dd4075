import { describe, expect, it } from 'vitest';
import { matchesVersion, NO_VERSION, readVersionFilter, showsRelease, versionQuery } from './version-filter.ts';

const added20 = { since: '2.0', lastUpdate: '2.0' };
const added20updated22 = { since: '2.0', lastUpdate: '2.2' };
const added21 = { since: '2.1', lastUpdate: '2.1' };
const added210 = { since: '2.10', lastUpdate: '2.10' };

describe('matchesVersion', () => {
	it('keeps for "available in X" what was added in X or before, whatever its later updates', () => {
		expect(matchesVersion(added20, { ...NO_VERSION, available: '2.1' })).toBe(true);
		expect(matchesVersion(added20updated22, { ...NO_VERSION, available: '2.1' })).toBe(true);
		expect(matchesVersion(added21, { ...NO_VERSION, available: '2.1' })).toBe(true);
		expect(matchesVersion(added21, { ...NO_VERSION, available: '2.0' })).toBe(false);
		// 2.10 comes after 2.9, not between 2.1 and 2.2.
		expect(matchesVersion(added210, { ...NO_VERSION, available: '2.9' })).toBe(false);
		expect(matchesVersion(added21, { ...NO_VERSION, available: '2.1.0' })).toBe(true);
	});

	it('keeps for "changed in X" what X added or last updated', () => {
		expect(matchesVersion(added20updated22, { ...NO_VERSION, changed: '2.2' })).toBe(true);
		expect(matchesVersion(added20updated22, { ...NO_VERSION, changed: '2.0' })).toBe(true);
		expect(matchesVersion(added20updated22, { ...NO_VERSION, changed: '2.1' })).toBe(false);
		expect(matchesVersion(added21, { ...NO_VERSION, changed: '2.1' })).toBe(true);
		expect(matchesVersion(added20, { ...NO_VERSION, changed: '2.1' })).toBe(false);
	});

	it('combines both, and no filter keeps everything', () => {
		expect(matchesVersion(added20updated22, { available: '2.1', changed: '2.2' })).toBe(true);
		expect(matchesVersion(added21, { available: '2.0', changed: '2.1' })).toBe(false);
		expect(matchesVersion(added210, NO_VERSION)).toBe(true);
	});
});

describe('showsRelease', () => {
	it('shows the releases up to X for "available in X" and only X for "changed in X"', () => {
		const versions = ['2.10', '2.2', '2.1', '2.0'];
		expect(versions.filter((v) => showsRelease(v, { ...NO_VERSION, available: '2.1' }))).toEqual(['2.1', '2.0']);
		expect(versions.filter((v) => showsRelease(v, { ...NO_VERSION, changed: '2.2' }))).toEqual(['2.2']);
		expect(versions.filter((v) => showsRelease(v, { available: '2.0', changed: '2.2' }))).toEqual([]);
		expect(versions.filter((v) => showsRelease(v, NO_VERSION))).toEqual(versions);
	});
});

describe('the version filter in the URL', () => {
	const offered = ['2.1', '2.0'];
	it('reads the offered versions, in their offered spelling, and drops the others', () => {
		expect(readVersionFilter('?available=2.1&changed=2.0', offered)).toEqual({ available: '2.1', changed: '2.0' });
		expect(readVersionFilter('?available=2.1.0', offered)).toEqual({ available: '2.1', changed: '' });
		expect(readVersionFilter('?available=3.0&changed=latest', offered)).toEqual(NO_VERSION);
		expect(readVersionFilter('?changed=', offered)).toEqual(NO_VERSION);
	});

	it('writes only the parts that are set', () => {
		expect(versionQuery({ available: '2.1', changed: '' })).toBe('?available=2.1');
		expect(versionQuery({ available: '', changed: '2.0' })).toBe('?changed=2.0');
		expect(versionQuery(NO_VERSION)).toBe('');
	});
});
