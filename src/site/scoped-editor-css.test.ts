import { describe, expect, it } from 'vitest';
import { scopeEditorCss } from './scoped-editor-css.ts';

const SASH = '/p/node_modules/monaco-editor/esm/vs/base/browser/ui/sash/sash.css';
const ICONS = '/p/node_modules/monaco-editor/esm/vs/platform/theme/browser/iconsStyleSheet.js';
const CODICON = '/p/node_modules/monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon.css';
const WIDGET = '/p/node_modules/monaco-editor/esm/vs/editor/browser/widget/codeEditor/codeEditorWidget.js';

describe('scopeEditorCss', () => {
	it('moves the sash sizes from :root to the sashes and keeps the rest', () => {
		const css = ':root {\n\t--vscode-sash-size: 4px;\n}\n\n.monaco-sash {\n\tposition: absolute;\n}\n';
		expect(scopeEditorCss(css, `${SASH}?direct`)).toBe('.monaco-sash {\n\t--vscode-sash-size: 4px;\n}\n\n.monaco-sash {\n\tposition: absolute;\n}\n');
	});

	it("gives the icon variables to Monaco's roots", () => {
		const js = "rules.push(inline `:root { ${rootAttribs.join(' ')} }`);";
		expect(scopeEditorCss(js, ICONS)).toBe("rules.push(inline `.monaco-editor, .monaco-diff-editor, .monaco-component { ${rootAttribs.join(' ')} }`);");
	});

	it("gives the five squiggle variables to Monaco's roots", () => {
		const rule = (n: number) => `collector.addRule(\`:root { --v${n}: 1; }\`);`;
		const js = [1, 2, 3, 4, 5].map(rule).join('\n');
		const scoped = scopeEditorCss(js, WIDGET)!;
		expect(scoped).not.toContain(':root');
		expect(scoped.split('collector.addRule(`.monaco-editor, .monaco-diff-editor, .monaco-component { --v').length).toBe(6);
	});

	it("drops the icon font's @font-face, which the page declares, and keeps the icon rules", () => {
		const css =
			'@font-face {\n\tfont-family: "codicon";\n\tfont-display: block;\n\tsrc: url(./codicon.ttf) format("truetype");\n}\n\n.codicon[class*=\'codicon-\'] {\n\tfont: normal normal normal 16px/1 codicon;\n}\n';
		expect(scopeEditorCss(css, CODICON)).toBe("\n\n.codicon[class*='codicon-'] {\n\tfont: normal normal normal 16px/1 codicon;\n}\n");
		expect(() => scopeEditorCss('@font-face { font-family: codicon; }', CODICON)).toThrow(/codicon\.css: expected 1/);
	});

	it('leaves other files alone, and files of that name outside Monaco', () => {
		expect(scopeEditorCss(':root { --x: 1px; }', '/p/node_modules/monaco-editor/esm/vs/base/browser/ui/table/table.css')).toBeUndefined();
		expect(scopeEditorCss(':root {', '/p/src/esm/vs/base/browser/ui/sash/sash.css')).toBeUndefined();
	});

	it('fails, naming the file, when a rule is missing or repeated', () => {
		expect(() => scopeEditorCss('.monaco-sash { }', SASH)).toThrow(/sash\.css: expected 1 × ":root \{", found 0/);
		expect(() => scopeEditorCss('collector.addRule(`:root {', WIDGET)).toThrow(/expected 5 .* found 1/);
	});
});
