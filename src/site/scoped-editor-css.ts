// Monaco declares some of its CSS variables on :root: two sash sizes in its stylesheet, and, when an
// editor is created, hundreds of icon variables and the squiggle images in style rules of its own.
// On a long reference page each new :root rule makes the browser recompute the style of every element
// (90 to 200 ms measured when the stylesheet arrives, 50 to 100 ms more at creation), and every element
// of the page then carries those variables. This moves them, at build time, to the elements that read
// them: the sashes, and Monaco's own roots, where Monaco already puts its colour variables.
// Its icon font's @font-face goes too: src/styles/editor-font.css declares it with the page. A font face
// added after the page has rendered makes the browser reshape and lay out every text of the page (a full
// layout of a reference page's 1,900 boxes while the console opens); declared early, the font is still
// downloaded only when the editor first draws an icon.
import type { AstroIntegration } from 'astro';

/** Monaco's own roots: the selector its theme service gives the colour variables. */
const MONACO_ROOTS = '.monaco-editor, .monaco-diff-editor, .monaco-component';

interface Patch {
	file: RegExp;
	from: string;
	to: string;
	/** How many times `from` occurs in this Monaco version: any other count fails the build. */
	count: number;
}

/** Monaco's declaration of its icon font, as its codicon.css writes it. */
const CODICON_FACE = '@font-face {\n\tfont-family: "codicon";\n\tfont-display: block;\n\tsrc: url(./codicon.ttf) format("truetype");\n}';

const PATCHES: Patch[] = [
	{ file: /\/esm\/vs\/base\/browser\/ui\/sash\/sash\.css$/, from: ':root {', to: '.monaco-sash {', count: 1 },
	{ file: /\/esm\/vs\/platform\/theme\/browser\/iconsStyleSheet\.js$/, from: "inline `:root { ${rootAttribs.join(' ')} }`", to: `inline \`${MONACO_ROOTS} { \${rootAttribs.join(' ')} }\``, count: 1 },
	{ file: /\/esm\/vs\/base\/browser\/ui\/codicons\/codicon\/codicon\.css$/, from: CODICON_FACE, to: '', count: 1 },
	{ file: /\/esm\/vs\/editor\/browser\/widget\/codeEditor\/codeEditorWidget\.js$/, from: 'collector.addRule(`:root {', to: `collector.addRule(\`${MONACO_ROOTS} {`, count: 5 },
];

/** `code` with Monaco's :root rules moved; undefined for a file that has none to move. */
export function scopeEditorCss(code: string, id: string): string | undefined {
	const file = id.split('?')[0]!;
	const patch = PATCHES.find((p) => p.file.test(file) && file.includes('/monaco-editor/'));
	if (!patch) return undefined;
	const parts = code.split(patch.from);
	// Another Monaco version must be looked at, not left declaring its variables on the whole page.
	if (parts.length - 1 !== patch.count) throw new Error(`${id}: expected ${patch.count} × "${patch.from}", found ${parts.length - 1}; check what this Monaco version declares on :root.`);
	return parts.join(patch.to);
}

export function scopedEditorCss(): AstroIntegration {
	return {
		name: 'pims:scoped-editor-css',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'pims:scoped-editor-css',
								enforce: 'pre',
								transform(code: string, id: string) {
									const scoped = scopeEditorCss(code, id);
									return scoped === undefined ? undefined : { code: scoped, map: null };
								},
							},
						],
					},
				});
			},
		},
	};
}
