// The changelog is computed from each operation's `since` and `lastUpdate`; nothing about it is written by hand.
import { compareVersions, type Catalog, type Operation } from '../content-model/index.ts';

export interface Release {
	version: string;
	/** Operations whose `since` is this version. */
	added: Operation[];
	/** Operations changed in this version after being added in an earlier one. */
	updated: Operation[];
}

/** One entry per SDK version named by an operation, newest first; operations by title within each list. */
export function releases(catalog: Catalog): Release[] {
	const newestFirst = [...new Set(catalog.operations.flatMap((o) => [o.since, o.lastUpdate]))].sort((a, b) => compareVersions(b, a));
	// `2.1` and `2.1.0` name the same release: keep the first spelling met.
	const versions = newestFirst.filter((v, i) => i === 0 || compareVersions(v, newestFirst[i - 1] ?? v) !== 0);
	const same = (a: string, b: string) => compareVersions(a, b) === 0;
	const byTitle = (a: Operation, b: Operation) => a.title.localeCompare(b.title) || a.method.localeCompare(b.method);
	return versions.map((version) => ({
		version,
		added: catalog.operations.filter((o) => same(o.since, version)).sort(byTitle),
		updated: catalog.operations.filter((o) => same(o.lastUpdate, version) && !same(o.since, version)).sort(byTitle),
	}));
}
