// The Node content loader as `npm run test:mutation` sees it when src/content-model/ is not being mutated: the
// default catalogue is read once per run and kept as a snapshot, instead of being parsed and validated again by
// every test file for every mutant (seconds each). Everything else is the real module.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Catalog } from '../../src/content-model/catalog.ts';
// From load.ts, the module node.ts re-exports, not from node.ts: vitest's module cache on disk replays this file's
// imports without their importer, so an import of node.ts here would resolve to this file again, and a test runner
// restarted mid-run (after a timeout) would find parseYaml and the rest missing.
import * as real from '../../src/content-model/load.ts';

export { contentDir, parseYaml, readSources, validateCatalog, type ContentSources, type SourceFile } from '../../src/content-model/load.ts';

export function loadCatalog(root?: string): Catalog {
	if (root !== undefined || process.env.PIMS_CONTENT_DIR) return real.loadCatalog(root);
	// One snapshot per sandbox: Stryker copies the project afresh for every run, so its content cannot go stale.
	const file = join(tmpdir(), `pims-catalog-${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 12)}.bin`);
	if (existsSync(file)) return deserialize(readFileSync(file)) as Catalog;
	const catalog = real.loadCatalog();
	writeFileSync(`${file}.${process.pid}`, serialize(catalog));
	renameSync(`${file}.${process.pid}`, file);
	return catalog;
}
