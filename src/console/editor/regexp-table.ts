// Shiki's JavaScript engine turns each Oniguruma pattern of a grammar into a JavaScript RegExp the
// first time a line needs it. For TypeScript that translation took most of a second of the page's
// thread as the editor opened. The build translates the patterns the console's code reaches
// (src/site/regexp-table.ts) and the page only looks them up; any other pattern is still translated
// in the page, so the table can only make highlighting faster, never different.
import { EmulatedRegExp, type toRegExpDetails } from 'oniguruma-to-es';

type EmulatedRegExpOptions = NonNullable<ReturnType<typeof toRegExpDetails>['options']>;

/** One translated pattern: the Oniguruma source, then what `toRegExpDetails` made of it. */
export type RegExpEntry = [oniguruma: string, pattern: string, flags: string, options?: EmulatedRegExpOptions];

/** Shiki's own translation options (engine-javascript's `defaultJavaScriptRegexConstructor`), with a fixed
 * target: the table is built in Node and used in every browser. A browser without a feature the target
 * needs rejects the pattern, and the page then translates it itself. */
export const TRANSLATION = {
	global: true,
	hasIndices: true,
	lazyCompileLength: 3000,
	rules: { allowOrphanBackrefs: true, asciiWordBoundaries: true, captureGroup: true, recursionLimit: 5, singleline: true },
	target: 'ES2024',
} as const;

/** A regexConstructor for Shiki's JavaScript engine: the table's RegExp when it has the pattern, `translate`'s otherwise. */
export function fromTable(entries: readonly RegExpEntry[], translate: (pattern: string) => RegExp): (pattern: string) => RegExp {
	const table = new Map(entries.map(([source, ...details]) => [source, details] as const));
	return (source) => {
		const details = table.get(source);
		if (details) {
			const [pattern, flags, options] = details;
			try {
				return options ? new EmulatedRegExp(pattern, flags, options) : new RegExp(pattern, flags);
			} catch {
				// A syntax this browser lacks: translated below for its own target.
			}
		}
		return translate(source);
	};
}
