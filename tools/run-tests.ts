// `npm test`: every check, on a two-core machine in about two thirds of the time a single file of steps takes.
// Two lanes run side by side until the e2e tests. Every step that runs Astro (check, build, the dev-server test, the
// base-path build) is in the first lane, one after another, because they all write `.astro/`; the second lane holds
// what only reads the sources (lint, the unit tests) and the snippet tests, which wait for the build. The browser
// tests then run alone: they need both cores. Each step's output is printed in one piece when it ends.
import { spawn } from 'node:child_process';

interface Step {
	name: string;
	command: string;
	/** A step of the other lane that must have passed first. */
	after?: string;
}

const DEV_TEST = 'src/site/content-reload.test.ts';
const lanes: Step[][] = [
	[
		{ name: 'check', command: 'npm run check' },
		{ name: 'build', command: 'npm run build' },
		{ name: 'unit: astro dev reload', command: `npx vitest run ${DEV_TEST}` },
		{ name: 'build under a base path', command: 'npm run build:base' },
	],
	[
		{ name: 'lint', command: 'npm run lint' },
		{ name: 'unit', command: `npx vitest run --exclude ${DEV_TEST}` },
		{ name: 'snippets', command: 'npm run test:snippets', after: 'build' },
	],
];
const last: Step[] = [
	{ name: 'e2e', command: 'npm run test:e2e' },
	{ name: 'e2e under a base path', command: 'npm run e2e:base' },
];

const passed = new Map<string, () => void>();
const done = new Map<string, Promise<void>>();
for (const step of lanes.flat()) done.set(step.name, new Promise<void>((resolve) => passed.set(step.name, resolve)));
const running = new Set<ReturnType<typeof spawn>>();
const started = Date.now();
// The steps run in process groups of their own (so that a failure can stop a whole step); an interrupt stops them too.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => {
		for (const child of running) if (child.pid) process.kill(-child.pid, 'SIGTERM');
		process.exit(130);
	});
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function fail(step: Step, output: string): never {
	process.stdout.write(output);
	console.error(`\n✗ ${step.name} failed (${step.command}); stopping the other steps.`);
	for (const child of running) if (child.pid) process.kill(-child.pid, 'SIGTERM');
	process.exit(1);
}

/** Runs a step; `quiet` keeps its output until it ends, so that two lanes do not interleave. */
function run(step: Step, quiet: boolean): Promise<void> {
	const begun = Date.now();
	if (!quiet) console.log(`\n── ${step.name}: ${step.command}`);
	const child = spawn(step.command, { shell: true, detached: true, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
	running.add(child);
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return new Promise((resolve) => {
		child.on('close', (code) => {
			running.delete(child);
			const header = `\n── ${step.name} (${seconds(begun)}): ${step.command}\n`;
			if (code !== 0) fail(step, quiet ? header + output : '');
			process.stdout.write(quiet ? header + output : `── ${step.name} passed (${seconds(begun)})\n`);
			resolve();
		});
	});
}

await Promise.all(
	lanes.map(async (lane) => {
		for (const step of lane) {
			if (step.after) await done.get(step.after);
			await run(step, true);
			passed.get(step.name)?.();
		}
	}),
);
for (const step of last) await run(step, false);
console.log(`\nEvery check passed in ${seconds(started)}.`);
