// The pages of the build under test, as paths relative to the base: `reference/errors/`, `` for the home page.
import { relative } from 'node:path';
import { htmlFiles } from '../src/site/html-files.ts';

export function builtPages(): string[] {
	const dist = process.env.PIMS_DIST ?? 'dist';
	return htmlFiles(dist)
		.map((f) => relative(dist, f).split('\\').join('/'))
		.filter((f) => f.endsWith('index.html'))
		.map((f) => f.replace(/index\.html$/, ''))
		.sort();
}
