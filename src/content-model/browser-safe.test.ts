// Browser code must never reach the Node-only loader: a browser module that imports node:fs, the
// YAML parser or content-model/node.ts (directly or through another module) fails this test.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Module specifiers a file imports at run time: type-only imports and re-exports are left out. */
function runtimeImports(code: string): string[] {
	const specs: string[] = [];
	for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gms)) {
		const [, , typeOnly, clause = '', spec = ''] = m;
		if (typeOnly) continue;
		const braces = /^\{([^}]*)\}$/s.exec(clause.trim());
		const names = braces
			? (braces[1] ?? '')
					.split(',')
					.map((n) => n.trim())
					.filter(Boolean)
			: [];
		if (braces && names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
		specs.push(spec);
	}
	for (const m of code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) specs.push(m[1] ?? '');
	for (const m of code.matchAll(/\bimport\(\s*(?:\/\*.*?\*\/\s*)?['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1] ?? '');
	return specs;
}

/** Why a module may not be part of browser code, or undefined. Relative paths are from src/. */
function forbiddenImports(spec: string): string | undefined {
	if (spec.startsWith('node:') || ['fs', 'path', 'os', 'url', 'child_process'].includes(spec)) return 'a Node built-in';
	if (spec === 'yaml') return 'the YAML parser';
	if (['content-model/node.ts', 'content-model/load.ts', 'content-model/load-corrections.ts'].includes(spec)) return 'the Node-only content loader';
	return undefined;
}

const src = resolve(import.meta.dirname, '..');
const BROWSER_FOLDERS = ['console', 'simulator', 'sdk'];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sourceFiles(path);
		return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
	});
}

/** The browser modules reached from one file, with the chain of imports that reached each forbidden one. */
function violations(entry: string): string[] {
	const found: string[] = [];
	const seen = new Set<string>();
	const walk = (file: string, chain: string[]) => {
		if (seen.has(file)) return;
		seen.add(file);
		const here = [...chain, relative(src, file)];
		for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
			const target = spec.startsWith('.') ? resolve(dirname(file), spec) : spec;
			const bad = forbiddenImports(spec.startsWith('.') ? relative(src, target) : spec);
			if (bad) found.push(`${here.join(' -> ')} -> ${spec} (${bad})`);
			else if (spec.startsWith('.') && target.endsWith('.ts')) walk(target, here);
		}
	};
	walk(entry, []);
	return found;
}

describe('browser code', () => {
	const entries = BROWSER_FOLDERS.flatMap((f) => sourceFiles(join(src, f)));

	it('covers the browser folders', () => {
		expect(entries.map((f) => relative(src, f))).toEqual(expect.arrayContaining(['console/mount.ts', 'console/sandbox/runner.ts', 'simulator/facade.ts', 'sdk/index.ts']));
	});

	it.each(entries.map((f) => [relative(src, f), f]))('%s does not reach Node-only code', (_name, file) => {
		expect(violations(file)).toEqual([]);
	});
});

describe('runtimeImports', () => {
	it('finds value imports, re-exports and dynamic imports, not type-only ones', () => {
		const code = [
			"import { a } from './a.ts';",
			"import type { B } from './b.ts';",
			"import { type C, type D } from './c.ts';",
			"import { type E, f } from './e.ts';",
			"export { g } from './g.ts';",
			"export type { H } from './h.ts';",
			"import './side-effect.ts';",
			"const m = await import('./lazy.ts');",
			"import {\n\tmulti,\n\tline,\n} from 'node:fs';",
		].join('\n');
		expect(runtimeImports(code)).toEqual(['./a.ts', './e.ts', './g.ts', 'node:fs', './side-effect.ts', './lazy.ts']);
	});

	it('names what is forbidden', () => {
		expect(forbiddenImports('node:fs')).toBe('a Node built-in');
		expect(forbiddenImports('yaml')).toBe('the YAML parser');
		expect(forbiddenImports('content-model/node.ts')).toBe('the Node-only content loader');
		expect(forbiddenImports('content-model/load.ts')).toBe('the Node-only content loader');
		expect(forbiddenImports('content-model/catalog.ts')).toBeUndefined();
	});
});
