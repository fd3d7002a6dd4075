// Node only: the guides (every .md and .mdx under content/docs/ and src/content/), checked against the catalogue.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Catalog } from './catalog.ts';
import { guideCodeProblems } from './guide-rules.ts';
import { ContentError, type Problem } from './problems.ts';

const GUIDE_DIRS = [join('content', 'docs'), join('src', 'content')];

function guideFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/** Every problem of every guide of a project root, files named from the root. */
export function guideProblems(root: string, catalog: Catalog): Problem[] {
	return GUIDE_DIRS.flatMap((d) => guideFiles(join(root, d))).flatMap((abs) => guideCodeProblems(relative(root, abs).split('\\').join('/'), readFileSync(abs, 'utf8'), catalog));
}

/** Throws ContentError listing the guides' problems, so the build stops naming file and line. */
export function checkGuides(root: string, catalog: Catalog): void {
	const problems = guideProblems(root, catalog);
	if (problems.length) throw new ContentError(problems);
}
