// Filtering by SDK version, shared by the API index and the changelog (browser-safe: no zod, no catalogue).
// "Available in 2.1" keeps what an app built on SDK 2.1 can call; "changed in 2.1" keeps what 2.1 added or updated.
import { compareVersions } from '../content-model/compare-versions.ts';

/** A version offered by the page, or an empty string for "any". */
export interface VersionFilter {
	available: string;
	changed: string;
}

/** What the version filter needs to know of an operation. */
export interface Versioned {
	since: string;
	lastUpdate: string;
}

export const NO_VERSION: VersionFilter = { available: '', changed: '' };

const same = (a: string, b: string) => compareVersions(a, b) === 0;

/**
 * Available in X: added in X or before. Changed in X: added in X, or last updated in X. An operation records only
 * its last update, so one changed in 2.1 and again in 2.2 counts as changed in 2.2 alone.
 */
export function matchesVersion(op: Versioned, f: VersionFilter): boolean {
	if (f.available && compareVersions(op.since, f.available) > 0) return false;
	if (f.changed && !same(op.since, f.changed) && !same(op.lastUpdate, f.changed)) return false;
	return true;
}

/** Whether the changelog shows a release: up to X for "available in X" (what an app on X has), only X for "changed in X". */
export function showsRelease(version: string, f: VersionFilter): boolean {
	if (f.available && compareVersions(version, f.available) > 0) return false;
	if (f.changed && !same(version, f.changed)) return false;
	return true;
}

/** Reads `?available=` and `?changed=`; a version the page does not offer (written `2.1` or `2.1.0`) is no filter. */
export function readVersionFilter(search: string, versions: readonly string[]): VersionFilter {
	const params = new URLSearchParams(search);
	const offered = (name: string) => {
		const value = params.get(name) ?? '';
		return /^\d+(\.\d+)*$/.test(value) ? (versions.find((v) => same(v, value)) ?? '') : '';
	};
	return { available: offered('available'), changed: offered('changed') };
}

/** Sets or removes `available` and `changed` in a query string's parameters, leaving the others. */
export function setVersionParams(params: URLSearchParams, f: VersionFilter): URLSearchParams {
	for (const name of ['available', 'changed'] as const) {
		if (f[name]) params.set(name, f[name]);
		else params.delete(name);
	}
	return params;
}

/** The query string of a version filter alone: `?available=2.0`, or `` for none. */
export function versionQuery(f: VersionFilter): string {
	const text = setVersionParams(new URLSearchParams(), f).toString();
	return text ? `?${text}` : '';
}

/** Points every link marked `data-version-link` at its page with the current version filter, so moving between the API index and the changelog keeps it. */
export function carryVersionFilter(root: ParentNode, f: VersionFilter): void {
	for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-version-link]')) {
		const url = new URL(a.href, location.href);
		url.search = setVersionParams(url.searchParams, f).toString();
		a.href = url.toString();
	}
}
