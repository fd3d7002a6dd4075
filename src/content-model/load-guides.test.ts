// Which files count as guides, and how problems name them: every .md and .mdx under content/docs/ and src/content/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGuides, guideProblems } from './load-guides.ts';
import { formatProblem } from './problems.ts';
import { fixtureCatalog } from './test-fixtures.ts';

const BAD = 'Fails with <ErrorRef code={2999} />.\n';

describe('guideProblems', () => {
	it('reads the Markdown and MDX files of both guide folders, at any depth, named from the root', () => {
		const root = mkdtempSync(join(tmpdir(), 'pims-guides-'));
		try {
			mkdirSync(join(root, 'content', 'docs', 'guides', 'deep'), { recursive: true });
			mkdirSync(join(root, 'src', 'content', 'folder.md'), { recursive: true });
			writeFileSync(join(root, 'content', 'docs', 'b.mdx'), BAD);
			writeFileSync(join(root, 'content', 'docs', 'guides', 'deep', 'a.md'), BAD);
			writeFileSync(join(root, 'content', 'docs', 'notes.txt'), BAD);
			writeFileSync(join(root, 'content', 'docs', 'old.mdx.bak'), BAD);
			writeFileSync(join(root, 'src', 'content', 'c.mdx'), `Fine.\n${BAD}`);
			expect(guideProblems(root, fixtureCatalog()).map(formatProblem)).toEqual([
				'content/docs/b.mdx: line 1: links to error 2999, which is not in the error catalogue',
				'content/docs/guides/deep/a.md: line 1: links to error 2999, which is not in the error catalogue',
				'src/content/c.mdx: line 2: links to error 2999, which is not in the error catalogue',
			]);
			expect(() => checkGuides(root, fixtureCatalog())).toThrow('The content has 3 problems:');
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('finds nothing where there are no guide folders', () => {
		const root = mkdtempSync(join(tmpdir(), 'pims-no-guides-'));
		expect(guideProblems(root, fixtureCatalog())).toEqual([]);
		expect(() => checkGuides(root, fixtureCatalog())).not.toThrow();
		rmSync(root, { recursive: true, force: true });
	});
});
