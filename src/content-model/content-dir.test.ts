// PIMS_CONTENT_DIR points the loader at another content folder (the build benchmark uses it); guides are not read here.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDir, loadCatalog } from './load.ts';
import { ContentError } from './problems.ts';

const root = process.cwd();

describe('PIMS_CONTENT_DIR', () => {
	const saved = process.env.PIMS_CONTENT_DIR;
	afterEach(() => {
		if (saved === undefined) delete process.env.PIMS_CONTENT_DIR;
		else process.env.PIMS_CONTENT_DIR = saved;
	});

	it('defaults to <root>/content', () => {
		delete process.env.PIMS_CONTENT_DIR;
		expect(contentDir(root)).toBe(join(root, 'content'));
	});

	it('reads apis/, errors.yaml and components.yaml from the named folder, and names its files by absolute path', () => {
		// A small copy (the real error catalogue and components, one operation) keeps this to two quick loads.
		const copy = (dir: string) => {
			mkdirSync(join(dir, 'apis'), { recursive: true });
			for (const part of ['errors.yaml', 'components.yaml']) cpSync(join(root, 'content', part), join(dir, part));
			const release = readFileSync(join(root, 'content', 'apis', 'release.yaml'), 'utf8')
				.replace(/^related: .*$/m, '')
				.replace('[initialize](op:initialize)', 'initialize');
			writeFileSync(join(dir, 'apis', 'release.yaml'), release);
		};
		const dir = mkdtempSync(join(tmpdir(), 'pims-content-dir-'));
		const other = mkdtempSync(join(tmpdir(), 'pims-content-root-'));
		try {
			copy(dir);
			copy(join(other, 'content'));
			const file = join(dir, 'apis', 'release.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: .*$/m, 'summary: Read from the other folder.'));
			process.env.PIMS_CONTENT_DIR = dir;
			const release = loadCatalog(other).operations.find((o) => o.slug === 'release');
			expect(release?.summary).toBe('Read from the other folder.');
			expect(release?.file).toBe(`${dir}/apis/release.yaml`);
			delete process.env.PIMS_CONTENT_DIR;
			const own = loadCatalog(other).operations;
			expect(own.map((o) => [o.file, o.summary.startsWith('Stops the SDK facade')])).toEqual([['content/apis/release.yaml', true]]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
			rmSync(other, { recursive: true, force: true });
		}
	});

	it('reports a missing folder as a content problem rather than crashing', () => {
		process.env.PIMS_CONTENT_DIR = join(tmpdir(), 'pims-no-such-folder');
		expect(() => loadCatalog(root)).toThrow(ContentError);
		expect(() => loadCatalog(root)).toThrow(/pims-no-such-folder\/apis: folder cannot be read/);
	});
});
