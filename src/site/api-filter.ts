// The API index's filter as pure functions: the page writes rows with them at build time, and the
// <api-index-filter> element runs the same code in the browser (no catalogue import, so no zod there).
import { matchesVersion, NO_VERSION, readVersionFilter, setVersionParams, type VersionFilter, type Versioned } from './version-filter.ts';

/** What a reader filters by; an empty string means "any". */
export interface IndexFilter extends VersionFilter {
	q: string;
	method: string;
	component: string;
	/** `android` or `ios`: only the operations that platform's SDK has. */
	sdk: string;
}

/** What the filter needs to know of one row of the table. */
export interface IndexRow extends Versioned {
	/** Lower-case text the free-text filter searches (see searchText). */
	text: string;
	method: string;
	components: readonly string[];
	/** The one platform that has the operation, or empty when both have it. */
	only?: string;
}

export const NO_FILTER: IndexFilter = { q: '', method: '', component: '', sdk: '', ...NO_VERSION };

const SDKS = ['android', 'ios'];

/** The text a row is found by: its name, subname, slug, summary, components and error codes, in lower case. */
export function searchText(parts: ReadonlyArray<string | number>): string {
	return parts.join(' ').toLowerCase();
}

/** Words of the query; a word that is only punctuation (the " - " of "name - subname") matches anything. */
function words(q: string): string[] {
	return q
		.toLowerCase()
		.split(/\s+/)
		.filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A row matches when it has every word of the query (in any order) and the chosen method, component, platform and versions. */
export function matches(row: IndexRow, f: IndexFilter): boolean {
	if (!matchesVersion(row, f)) return false;
	if (f.method && row.method !== f.method) return false;
	if (f.component && !row.components.includes(f.component)) return false;
	if (f.sdk && row.only && row.only !== f.sdk) return false;
	return words(f.q).every((w) => row.text.includes(w));
}

/**
 * Reads ?q=&method=&component=&sdk=&available=&changed= from a URL's query string. Values that are not offered are dropped, so
 * an old or hand-edited link shows the whole table rather than nothing; a component tag may be in any case.
 */
export function readFilter(search: string, offered: { methods: readonly string[]; components: readonly string[]; versions: readonly string[] }): IndexFilter {
	const params = new URLSearchParams(search);
	const method = params.get('method') ?? '';
	const component = (params.get('component') ?? '').toLowerCase();
	return {
		q: (params.get('q') ?? '').trim(),
		method: offered.methods.includes(method) ? method : '',
		component: offered.components.find((c) => c.toLowerCase() === component) ?? '',
		sdk: SDKS.includes(params.get('sdk') ?? '') ? (params.get('sdk') ?? '') : '',
		...readVersionFilter(search, offered.versions),
	};
}

/** The query string for a filter, without empty parameters: `?q=sms&method=get`, or `` for no filter. */
export function filterQuery(f: IndexFilter): string {
	const params = new URLSearchParams();
	if (f.q.trim()) params.set('q', f.q.trim());
	if (f.method) params.set('method', f.method);
	if (f.component) params.set('component', f.component);
	if (f.sdk) params.set('sdk', f.sdk);
	setVersionParams(params, f);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** `12 of 93 operations`. */
export function countText(shown: number, total: number): string {
	return `${shown} of ${total} operation${total === 1 ? '' : 's'}`;
}
