// Parses Kotlin and Swift snippets with the languages' tree-sitter grammars and reports the first syntax error.
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { Language, Parser, type Node } from 'web-tree-sitter';

export type SnippetLanguage = 'kotlin' | 'swift';

/** One code block as a reader sees it: where it is shown, its language and its text. */
export interface Snippet {
	/** The page (a site path such as `/reference/x/`) or the generator that produced it. */
	where: string;
	lang: SnippetLanguage;
	code: string;
}

export interface SyntaxProblem {
	where: string;
	lang: SnippetLanguage;
	/** 1-based line within the snippet. */
	line: number;
	column: number;
	text: string;
}

const require = createRequire(import.meta.url);
const grammarFile = (lang: SnippetLanguage) => require.resolve(`tree-sitter-wasms/out/tree-sitter-${lang}.wasm`);

let parsers: Promise<Record<SnippetLanguage, Parser>> | undefined;

/** One parser per language, loaded once. */
export function loadParsers(): Promise<Record<SnippetLanguage, Parser>> {
	// The grammars are megabytes of WebAssembly; V8's optimising tier spends a minute on them for no gain here.
	setFlagsFromString('--liftoff-only');
	parsers ??= (async () => {
		await Parser.init();
		const make = async (lang: SnippetLanguage) => {
			const p = new Parser();
			p.setLanguage(await Language.load(grammarFile(lang)));
			return p;
		};
		return { kotlin: await make('kotlin'), swift: await make('swift') };
	})();
	return parsers;
}

function firstError(node: Node): Node | undefined {
	if (node.isError || node.isMissing) return node;
	if (!node.hasError) return undefined;
	for (const child of node.children) {
		const found = child && firstError(child);
		if (found) return found;
	}
	return node;
}

/** The first syntax error of each snippet that has one. */
export async function syntaxProblems(snippets: Snippet[]): Promise<SyntaxProblem[]> {
	const p = await loadParsers();
	const problems: SyntaxProblem[] = [];
	for (const s of snippets) {
		const tree = p[s.lang].parse(s.code);
		const bad = tree && firstError(tree.rootNode);
		if (!tree) throw new Error(`${s.where}: the ${s.lang} parser returned nothing`);
		if (bad) {
			const { row, column } = bad.startPosition;
			problems.push({ where: s.where, lang: s.lang, line: row + 1, column: column + 1, text: s.code.split('\n')[row] ?? '' });
		}
		tree.delete();
	}
	return problems;
}

export function formatSyntaxProblem(p: SyntaxProblem): string {
	return `${p.where}: ${p.lang} syntax error at line ${p.line}, column ${p.column}: ${p.text.trim()}`;
}
