import { describe, expect, it } from 'vitest';
import { CONSOLE_CSS_CHUNKS, chunkGraph, layerGroups, layerProblems, layerTest } from './editor-chunks.ts';

describe('layerTest', () => {
	it("takes a layer folder's modules, on either kind of path separator", () => {
		expect(layerTest('base').test('/p/node_modules/monaco-editor/esm/vs/base/common/event.js')).toBe(true);
		expect(layerTest('editor/common').test('C:\\p\\node_modules\\monaco-editor\\esm\\vs\\editor\\common\\model.js')).toBe(true);
	});

	it('leaves other layers and other packages alone', () => {
		expect(layerTest('editor/common').test('/p/node_modules/monaco-editor/esm/vs/editor/browser/view.js')).toBe(false);
		expect(layerTest('base').test('/p/node_modules/monaco-editor/esm/vs/basic-languages/ts.js')).toBe(false);
		expect(layerTest('base').test('/p/src/vs/base/common/event.js')).toBe(false);
	});
});

describe('layerGroups', () => {
	it('keeps the preload helper apart, then gives the lowest layer the highest priority', () => {
		expect(layerGroups().map((g) => [g.name, g.priority])).toEqual([
			['preload-helper', 5],
			['monaco-base', 4],
			['monaco-platform', 3],
			['monaco-editor-common', 2],
			['monaco-editor-browser', 1],
		]);
		expect(layerGroups()[0]!.test.test('\0vite/preload-helper.js')).toBe(true);
	});
});

describe('chunkGraph', () => {
	it("lists each script's static imports by file, and not its dynamic ones", () => {
		const files = [
			{ name: 'monaco-platform.AbC12_x-.js', code: 'import{t as e}from"./monaco-base.Xy9_Zz01.js";import"./preload-helper.P1p2P3p4.js";const m=()=>import("./tsMode.Q1w2E3r4.js");' },
			{ name: 'monaco-base.Xy9_Zz01.js', code: 'var a=1;export{a as t};' },
		];
		expect([...chunkGraph(files)]).toEqual([
			['monaco-platform.AbC12_x-.js', ['monaco-base.Xy9_Zz01.js', 'preload-helper.P1p2P3p4.js']],
			['monaco-base.Xy9_Zz01.js', []],
		]);
	});
});

describe('layerProblems', () => {
	const graph = (imports: Record<string, string[]>) =>
		new Map(['monaco-base', 'monaco-platform', 'monaco-editor-common', 'monaco-editor-browser', 'preload-helper', 'full-editor'].map((chunk) => [chunk, imports[chunk] ?? []]));

	it('accepts layers that import the layers below them, and chunks that import no layer', () => {
		const ok = graph({ 'monaco-platform': ['monaco-base', 'preload-helper'], 'monaco-editor-browser': ['monaco-base', 'monaco-editor-common'], 'full-editor': ['monaco-editor-browser'] });
		expect(layerProblems(ok)).toEqual([]);
	});

	it('names a layer that imports a higher layer, directly or through another chunk', () => {
		const problems = layerProblems(graph({ 'monaco-base': ['monaco-editor-common'], 'monaco-platform': ['full-editor'], 'full-editor': ['monaco-editor-browser'] }));
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/^monaco-base imports monaco-editor-common: /);
		expect(problems[1]).toMatch(/^monaco-platform imports monaco-editor-browser through full-editor: /);
	});

	it('names a layer that reaches itself through another chunk', () => {
		expect(layerProblems(graph({ 'monaco-platform': ['full-editor'], 'full-editor': ['monaco-platform'] }))).toEqual([
			"monaco-platform imports monaco-platform through full-editor: Monaco's layers no longer import only the layers below them, so their chunks could run out of order",
		]);
	});

	it('names a layer whose chunk was not built', () => {
		const g = graph({});
		g.delete('monaco-platform');
		expect(layerProblems(g)).toEqual(['no chunk monaco-platform.*.js was built: does monaco-editor still have esm/vs/platform/?']);
	});
});

describe('CONSOLE_CSS_CHUNKS', () => {
	it("lists the console's entry, the full editor, the TypeScript mode and every layer", () => {
		expect([...CONSOLE_CSS_CHUNKS].sort()).toEqual(['full-editor', 'monaco-base', 'monaco-editor-browser', 'monaco-editor-common', 'monaco-platform', 'mount', 'tsMode']);
	});
});

describe('chunkGraph and layerProblems together', () => {
	it('finds a cycle through one of two chunks that share a name', () => {
		const files = [
			{ name: 'monaco-base.B1.js', code: '' },
			{ name: 'monaco-platform.P1.js', code: 'import"./index.A1.js";' },
			{ name: 'monaco-editor-common.C1.js', code: '' },
			{ name: 'monaco-editor-browser.D1.js', code: '' },
			{ name: 'index.A1.js', code: 'import"./monaco-editor-browser.D1.js";' },
			{ name: 'index.A2.js', code: '' },
		];
		expect(layerProblems(chunkGraph(files))).toEqual([
			"monaco-platform.P1.js imports monaco-editor-browser.D1.js through index.A1.js: Monaco's layers no longer import only the layers below them, so their chunks could run out of order",
		]);
	});
});
