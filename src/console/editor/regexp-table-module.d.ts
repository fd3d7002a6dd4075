// The table src/site/regexp-table.ts builds into the console's bundle.
declare module 'virtual:pims/regexp-table' {
	import type { RegExpEntry } from './regexp-table.ts';

	const entries: RegExpEntry[];
	export default entries;
}
