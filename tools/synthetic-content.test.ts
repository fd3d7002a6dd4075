// The benchmark's synthetic operations must pass the same validation as real content, or the benchmark times a failing build.
import { describe, expect, it } from 'vitest';
import { readSources, validateCatalog } from '../src/content-model/node.ts';
import { syntheticOperations } from './synthetic-content.ts';

describe('syntheticOperations', () => {
	const { sources } = readSources(process.cwd());
	const synthetic = syntheticOperations(sources, 1000);

	it('makes the number asked for, each in a file named by its slug', () => {
		expect(synthetic.length).toBe(1000);
		expect(new Set(synthetic.map((s) => s.file)).size).toBe(1000);
		expect(synthetic[0]?.file).toMatch(/^apis\/[a-z]+-b1-[a-z0-9-]+\.yaml$/);
	});

	it('validates together with the real catalogue', () => {
		const result = validateCatalog({ ...sources, operations: [...sources.operations, ...synthetic.map((s) => ({ ...s, file: `content/${s.file}` }))] });
		expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
		if (result.ok) expect(result.catalog.operations.length).toBe(sources.operations.length + 1000);
		// Validating 1,093 operations takes about 4 s alone, more on a busy machine: the limit is for a hang, not for speed.
	}, 60_000);
});
