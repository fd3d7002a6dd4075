// `npm run bench:build`: times the production build of the real catalogue, then of the real catalogue plus 1,000
// synthetic operations (PIMS_CONTENT_DIR pointing at a temporary content folder), and prints seconds, peak memory
// and the cost per operation, so that growth faster than linear shows. Not a test: it prints figures.
// Builds go to temporary folders (never dist/); `--operations 250,1000` builds several synthetic sizes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticContent } from './synthetic-content.ts';
import { loadCatalog } from '../src/content-model/node.ts';

const root = process.cwd();
const { values } = parseArgs({ options: { operations: { type: 'string', default: '1000' } } });
/** Sizes of the synthetic catalogues to build, e.g. `--operations 250,1000` for two points beside the real build. */
const SIZES = (values.operations ?? '1000').split(',').map(Number);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--operations takes positive integers, e.g. 1000 or 250,1000');
const TIME = '/usr/bin/time';
const SAMPLE_MS = 100;

interface Run {
	label: string;
	operations: number;
	pages: number;
	seconds: number;
	/** Largest resident set of the process tree at one moment, in bytes (sampled from /proc). */
	treePeak: number | undefined;
	/** Largest resident set of a single process, in bytes, from GNU time when present. */
	processPeak: number | undefined;
}

/** PIDs of a process and all its descendants, from /proc/<pid>/stat. */
function processTree(rootPid: number): number[] {
	const parents = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const out: number[] = [];
	const walk = (pid: number): void => {
		out.push(pid);
		for (const child of parents.get(pid) ?? []) walk(child);
	};
	walk(rootPid);
	return out;
}

function rssBytes(pid: number): number {
	try {
		const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kb ? Number(kb) * 1024 : 0;
	} catch {
		return 0;
	}
}

function countPages(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** Runs `astro build --outDir <tmp>` in a child process, sampling its memory, and returns what it measured. */
async function build(label: string, operations: number, env: NodeJS.ProcessEnv): Promise<Run> {
	const outDir = mkdtempSync(join(tmpdir(), 'pims-bench-dist-'));
	const astro = [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir];
	const withTime = existsSync(TIME);
	const [command, args] = withTime ? [TIME, ['-v', process.execPath, ...astro]] : [process.execPath, astro];
	const start = process.hrtime.bigint();
	const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr.on('data', (d: Buffer) => (output += d.toString()));
	let treePeak: number | undefined;
	const sampler = existsSync('/proc')
		? setInterval(() => {
				if (child.pid === undefined) return;
				const total = processTree(child.pid).reduce((sum, pid) => sum + rssBytes(pid), 0);
				treePeak = Math.max(treePeak ?? 0, total);
			}, SAMPLE_MS)
		: undefined;
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearInterval(sampler);
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	try {
		if (code !== 0) throw new Error(`${label}: astro build exited with ${code}\n${output.split('\n').slice(-30).join('\n')}`);
		const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
		return { label, operations, pages: countPages(outDir), seconds, treePeak, processPeak: kb ? Number(kb) * 1024 : undefined };
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
}

const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MB`);

function report(runs: Run[]): void {
	const head = ['catalogue', 'operations', 'pages', 'seconds', 'ms/operation', 'peak RSS, tree', 'peak RSS, largest process'];
	const rows = runs.map((r) => [r.label, String(r.operations), String(r.pages), r.seconds.toFixed(1), ((r.seconds * 1000) / r.operations).toFixed(0), mb(r.treePeak), mb(r.processPeak)]);
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
	for (const line of [head, ...rows]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '));
	const [real, ...bigger] = runs;
	if (!real) return;
	console.log('');
	for (const b of bigger) {
		const added = b.operations - real.operations;
		const perAdded = ((b.seconds - real.seconds) * 1000) / added;
		const memory = real.treePeak !== undefined && b.treePeak !== undefined ? `, memory +${mb(b.treePeak - real.treePeak)} (${((b.treePeak - real.treePeak) / added / 1024).toFixed(0)} KB each)` : '';
		// If the build grows linearly, time = fixed + operations * per-operation cost, the same for every size.
		const fixed = real.seconds - (real.operations * perAdded) / 1000;
		console.log(`+${added} operations: +${(b.seconds - real.seconds).toFixed(1)} s, ${perAdded.toFixed(0)} ms per added operation${memory}; implied fixed part ${fixed.toFixed(1)} s`);
	}
	console.log('Growth is linear when the ms per added operation stays the same from one size to the next (pass --operations 250,1000).');
}

// The first build is of the real catalogue, whatever the caller's environment says.
delete process.env.PIMS_CONTENT_DIR;
const env = { ...process.env };
const real = loadCatalog(root).operations.length;
const contentDir = mkdtempSync(join(tmpdir(), 'pims-bench-content-'));
try {
	console.log(`Building the real catalogue (${real} operations)…`);
	const runs = [await build('real', real, env)];
	for (const size of SIZES) {
		const dir = join(contentDir, String(size));
		const total = writeSyntheticContent(root, dir, size);
		console.log(`Building the real catalogue plus ${size} synthetic operations (${total} operations)…`);
		runs.push(await build(`real + ${size} synthetic`, total, { ...env, PIMS_CONTENT_DIR: dir }));
	}
	console.log('');
	report(runs);
} finally {
	rmSync(contentDir, { recursive: true, force: true });
}
