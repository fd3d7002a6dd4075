// `astro dev` on a copy of the content: editing a YAML file changes the served page without a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isContentYaml } from './content-reload.ts';

describe('isContentYaml', () => {
	it('takes YAML inside the content folder only', () => {
		expect(isContentYaml('/p/content/apis/a.yaml', '/p/content')).toBe(true);
		expect(isContentYaml('/p/content/errors.yml', '/p/content')).toBe(true);
		expect(isContentYaml('/p/content/docs/guide.mdx', '/p/content')).toBe(false);
		expect(isContentYaml('/p/other/a.yaml', '/p/content')).toBe(false);
		expect(isContentYaml('/p/content-old/a.yaml', '/p/content')).toBe(false);
	});
});

const PORT = Number(process.env.PIMS_DEV_PORT ?? 4398);
const PAGE = `http://127.0.0.1:${PORT}/reference/get-authentication-trustedphonenumber/`;
const OLD = "summary: Reads the trusted phone number registered on the user's account.";
const NEW = 'summary: Edited while the server runs, to see the page follow.';

describe('astro dev', () => {
	let dir = '';
	let server: ChildProcess | undefined;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'pims-content-'));
		cpSync('content', dir, { recursive: true });
		// Without the test runner's variables: Astro's dev server leaves its routes out when it sees VITEST.
		const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k)));
		server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], { env: { ...env, PIMS_CONTENT_DIR: dir }, stdio: 'ignore', detached: true });
		await until(async () => (await fetch(PAGE, { signal: AbortSignal.timeout(20_000) })).ok, 90_000);
	}, 100_000);
	afterAll(() => {
		if (server?.pid) process.kill(-server.pid);
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves an edited summary without a restart', async () => {
		expect(await text()).toContain('Reads the trusted phone number registered on the user');
		const file = join(dir, 'apis', 'get-authentication-trustedphonenumber.yaml');
		const yaml = readFileSync(file, 'utf8');
		expect(yaml).toContain(OLD);
		writeFileSync(file, yaml.replace(OLD, NEW));
		await until(async () => (await text()).includes('Edited while the server runs'), 30_000);
		expect(await text()).not.toContain('Reads the trusted phone number registered on the user');
	}, 60_000);
});

async function text(): Promise<string> {
	return (await fetch(PAGE, { signal: AbortSignal.timeout(20_000) })).text();
}

async function until(ok: () => Promise<boolean>, ms: number): Promise<void> {
	const end = Date.now() + ms;
	for (;;) {
		try {
			if (await ok()) return;
		} catch {
			// The server is not listening yet.
		}
		if (Date.now() > end) throw new Error(`not within ${ms} ms`);
		await new Promise((r) => setTimeout(r, 300));
	}
}
