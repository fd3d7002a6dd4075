// PIMS_CONTENT_DIR points the loader at another content folder (the build benchmark uses it); guides are not read here.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
		const dir = mkdtempSync(join(tmpdir(), 'pims-content-dir-'));
		try {
			for (const part of ['apis', 'errors.yaml', 'components.yaml']) cpSync(join(root, 'content', part), join(dir, part), { recursive: true });
			const file = join(dir, 'apis', 'release.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: .*$/m, 'summary: Read from the other folder.'));
			process.env.PIMS_CONTENT_DIR = dir;
			const release = loadCatalog(root).operations.find((o) => o.slug === 'release');
			expect(release?.summary).toBe('Read from the other folder.');
			expect(release?.file).toBe(`${dir}/apis/release.yaml`);
			delete process.env.PIMS_CONTENT_DIR;
			expect(loadCatalog(root).operations.find((o) => o.slug === 'release')?.file).toBe('content/apis/release.yaml');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
		// Two loads of the whole catalogue: seconds on a busy machine.
	}, 30_000);

	it('reports a missing folder as a content problem rather than crashing', () => {
		process.env.PIMS_CONTENT_DIR = join(tmpdir(), 'pims-no-such-folder');
		expect(() => loadCatalog(root)).toThrow(ContentError);
		expect(() => loadCatalog(root)).toThrow(/pims-no-such-folder\/apis: folder cannot be read/);
	});
});
