// Compiles Kotlin snippets against the facade stub in one kotlinc run: each snippet is a file of its own package.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Snippet } from './parse.ts';

const STUB_DIR = fileURLToPath(new URL('./kotlin-stub/', import.meta.url));

export interface CompileProblem {
	where: string;
	/** 1-based line within the snippet. */
	line: number;
	message: string;
}

export interface CompileResult {
	problems: CompileProblem[];
	/** kotlinc's own output lines that name no snippet (a stub error, a crash). */
	other: string[];
	seconds: number;
}

/** Snippets that declare classes or functions stay top-level; statements are wrapped in a function with an Android `context` in scope. */
const TOP_LEVEL = /^(?:(?:private|internal|open|abstract|data)\s+)*(?:class|object|fun|interface)\s/m;

/** A snippet as a compilable file, and how many lines were added above its own first line. */
export function snippetFile(snippet: Snippet, index: number): { text: string; offset: number } {
	const lines = snippet.code.split('\n');
	const imports = lines.filter((l) => /^import\s/.test(l));
	const body = lines.filter((l) => !/^import\s/.test(l)).join('\n');
	const head = [`package snippet${index}`, 'import sdk.stub.pims', ...imports];
	// Imports move to the head; keep the body's own line numbers by counting from where it starts.
	const firstBodyLine = lines.findIndex((l) => !/^import\s/.test(l));
	if (TOP_LEVEL.test(body)) return { text: [...head, body].join('\n'), offset: head.length - Math.max(firstBodyLine, 0) };
	const open = 'fun snippet(context: android.content.Context) {';
	return { text: [...head, open, body, '}'].join('\n'), offset: head.length + 1 - Math.max(firstBodyLine, 0) };
}

const DIAGNOSTIC = /^(?:.*[/\\])?s(\d+)\.kt:(\d+):(\d+): error: (.*)$/;

export async function compileKotlin(snippets: Snippet[], kotlinc = process.env.KOTLINC ?? 'kotlinc'): Promise<CompileResult> {
	const dir = mkdtempSync(join(tmpdir(), 'pims-kotlin-'));
	const src = join(dir, 'src');
	mkdirSync(src);
	const offsets = snippets.map((s, i) => {
		const file = snippetFile(s, i);
		writeFileSync(join(src, `s${i}.kt`), file.text);
		return file.offset;
	});
	const started = Date.now();
	const output = await new Promise<string>((resolve) => {
		// C1 only and the serial collector: a short compile spends most of its CPU on the JIT otherwise.
		const env = { ...process.env, JAVA_OPTS: `${process.env.JAVA_OPTS ?? ''} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC`.trim() };
		execFile(kotlinc, ['-nowarn', STUB_DIR, src, '-d', join(dir, 'out')], { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
			resolve(`${stdout}\n${stderr}\n${error && !stderr.includes('error:') ? String(error) : ''}`),
		);
	});
	const seconds = (Date.now() - started) / 1000;
	rmSync(dir, { recursive: true, force: true });
	const problems: CompileProblem[] = [];
	const other: string[] = [];
	for (const line of output.split('\n')) {
		const m = DIAGNOSTIC.exec(line);
		const i = Number(m?.[1]);
		const snippet = m ? snippets[i] : undefined;
		if (m && snippet) problems.push({ where: snippet.where, line: Number(m[2]) - (offsets[i] ?? 0), message: m[4] ?? '' });
		else if (/error:|exception/i.test(line)) other.push(line.trim());
	}
	return { problems, other, seconds };
}

export function formatCompileProblem(p: CompileProblem): string {
	return `${p.where}: Kotlin does not compile at line ${p.line}: ${p.message}`;
}
