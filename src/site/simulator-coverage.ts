import { coverage, type CoverageRow } from '../simulator/coverage.ts';
import { loadForcedReasons, loadStories } from './simulator-stories.ts';
import { catalog } from './catalog.ts';

/** Every (operation, documented error) pair, reached by a story or forced only; computed once per build. */
export const coverageRows: CoverageRow[] = coverage(catalog, loadStories(), loadForcedReasons());

export function coverageOf(slug: string): CoverageRow[] {
	return coverageRows.filter((r) => r.op === slug);
}

export const coverageTotals = {
	natural: coverageRows.filter((r) => r.kind === 'natural').length,
	forced: coverageRows.filter((r) => r.kind === 'forced').length,
};
