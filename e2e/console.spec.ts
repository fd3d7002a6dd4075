// The console on the built site: runs, scenarios, errors in user code, the sandbox's walls, sharing.
import { catalog, expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { errorByCode, operationBySlug } from '../src/content-model/index.ts';
import { ConsolePanel, ReferencePage } from './pages.ts';

const SLUG = 'get-authentication-trustedphonenumber';
const op = operationBySlug(catalog, SLUG);
// The labels of the published page's FAILED messages, as printed there.
const SEED_LABELS: Record<number, string> = {
	2001: 'Facade not initialized',
	2006: 'Core not well configured',
	2201: 'Timeout/Polling Timeout/Command Timeout',
	2202: 'Network problem : No internet',
	2204: 'Server Error',
	2307: 'User dont have a phone number',
};
const withoutId = (m: object): Record<string, unknown> => ({ ...m, transactionId: undefined });

/** Fails a test on Monaco's fallback to running its workers on the main thread. */
function watchForFakeWorker(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (/fake worker|Could not create web worker/i.test(m.text())) warnings.push(m.text());
	});
	return warnings;
}

async function openConsole(panel: ConsolePanel, slug = SLUG): Promise<ConsolePanel> {
	await new ReferencePage(panel.page).goto(slug);
	await panel.open();
	return panel;
}

// Most tests here are about the runner, the scenarios, sharing and the output: they drive the plain field, with the
// full editor refused (no Monaco, no TypeScript worker). The tests of what needs the full editor ask for it.
test.use({ consoleEditor: 'plain' });

test.describe('with the full editor', () => {
	test.use({ consoleEditor: 'full' });

	test('a reference page requests nothing of the editor until Try it', { tag: '@base' }, async ({ page, reference, consolePanel }) => {
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await reference.goto(SLUG);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((u) => /monaco|editor|codicon|ts\.worker|tsMode|mount|console-data|shiki|runner/i.test(u))).toEqual([]);
		const warnings = watchForFakeWorker(page);
		await consolePanel.open();
		expect(requests.some((u) => /console-data\.json/.test(u))).toBe(true);
		expect(warnings).toEqual([]);
	});

	test('a syntax error is reported with its position, and nothing runs', async ({ consolePanel }) => {
		const panel = await openConsole(consolePanel);
		await panel.setCode(`console.log('never');\nconst x = ;`);
		await panel.run();
		await expect(panel.output().locator('.log-error')).toContainText(/SyntaxError: .*\(line 2, column 11\)/, { timeout: 20_000 });
		await expect(panel.output().locator('.log-console-log')).toHaveCount(0);
	});

	test('TypeScript runs too', { tag: '@base' }, async ({ consolePanel }) => {
		const panel = await openConsole(consolePanel);
		await panel.setCode(`const n: number = 41;\nconsole.log(String(n + 1));`);
		await panel.run();
		// The first TypeScript-only run waits for the TypeScript worker to start.
		await expect(panel.output().locator('.log-console-log .log-text')).toHaveText('42', { timeout: 20_000 });
	});
});

// Monaco's workers are watched for their main-thread fallback in the first test above, which opens the full editor.
test('Try it, Run: the documented success with 0612345678', { tag: '@base' }, async ({ page, consolePanel }) => {
	const panel = await openConsole(consolePanel);
	await expect(panel.scenario()).toHaveValue('success');
	await panel.run();
	await panel.waitForMessages(1);
	const [message] = await panel.messages();
	expect(message).toEqual({ transactionId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}$/), status: 'SUCCEEDED', result: { phoneNumber: '0612345678' } });
	// The same call, in Kotlin and Swift, ready to paste.
	await page.getByText('Code you can paste').click();
	await expect(page.locator('.paste-block[data-lang="kotlin"]')).toContainText('pims.get("pims.authentication.trustedphonenumber"');
	await expect(page.locator('.paste-block[data-lang="swift"]')).toContainText('pims.get(api: "pims.authentication.trustedphonenumber"');
});

test('every scenario of the operation produces the FAILED message printed on the page', async ({ reference, consolePanel }) => {
	const panel = await openConsole(consolePanel);
	const scenarios = await panel
		.scenario()
		.locator('option')
		.evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
	expect(scenarios[0]).toEqual({ value: 'success', label: 'Documented success' });
	expect(scenarios.map((s) => s.label)).toContain('2307 · User dont have a phone number');
	const printed = await reference.messages('failed');
	expect(printed.map((p) => Number(p.code))).toEqual(op.errors);
	let seen = 0;
	for (const code of op.errors) {
		await panel.scenario().selectOption(`error:${code}`);
		await panel.run();
		seen += 1;
		await panel.waitForMessages(seen);
		const last = (await panel.messages()).at(-1)!;
		const page_ = printed.find((p) => p.code === String(code))!.json as { transactionId: string };
		expect(withoutId(last)).toEqual(withoutId(page_));
		expect(last.error).toEqual({ code, label: SEED_LABELS[code] ?? errorByCode(catalog, code).label });
	}
	// The conditions that hold for every call come after the documented outcomes.
	expect(scenarios.slice(-3).map((s) => s.value)).toEqual(['condition:offline', 'condition:slow-network', 'condition:not-initialized']);
	await panel.scenario().selectOption('condition:not-initialized');
	await panel.run();
	await panel.waitForMessages(seen + 1);
	expect((await panel.messages()).at(-1)?.error).toEqual({ code: 2001, label: errorByCode(catalog, 2001).label });
});

test('an unknown API gives 2002, a missing parameter 2101 naming it', async ({ consolePanel }) => {
	const panel = await openConsole(consolePanel);
	await panel.setCode(`await pims.get('pims.not.an.api');\nawait pims.set('pims.authentication.smscode', { action: 'addPhoneNumber', smsCode: 123456 });`);
	await panel.run();
	await panel.waitForMessages(2);
	expect((await panel.messages()).map((m) => m.error)).toEqual([
		{ code: 2002, label: 'API not supported' },
		{ code: 2101, label: 'Missing phoneNumber parameter' },
	]);
});

test('console.log output appears in order, and errors in user code show message and position', async ({ consolePanel }) => {
	const panel = await openConsole(consolePanel);
	await panel.setCode(`console.log('first');\nconsole.log({ a: 1 });\n\nnull.boom;`);
	await panel.run();
	await expect(panel.output().locator('.log-error')).toContainText(/TypeError: .*\(line 4, column \d+\)/);
	const logs = await panel.output().locator('.log-console-log .log-text').allTextContents();
	expect(logs).toEqual(['first', '{\n  "a": 1\n}']);
});

test('an endless loop is stopped by the watchdog and the page stays responsive', async ({ page, consolePanel }) => {
	test.setTimeout(30_000);
	const panel = await openConsole(consolePanel);
	await panel.setCode(`console.log('before the loop');\nwhile (true) {}`);
	const started = Date.now();
	await panel.run();
	// The page answers while the sandbox spins.
	await expect(panel.output().locator('.log-console-log .log-text')).toHaveText(/before the loop/);
	const t0 = Date.now();
	expect(await page.evaluate(() => 1 + 1)).toBe(2);
	expect(Date.now() - t0).toBeLessThan(1000);
	await expect(panel.output().locator('.log-error')).toContainText('Stopped: the code kept the sandbox busy', { timeout: 15_000 });
	expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
	await expect(panel.output().locator('.log-console-log .log-text')).toHaveText(/before the loop/);
	// And the console still runs code afterwards.
	await panel.setCode(`console.log('after');`);
	await panel.run();
	await expect(panel.output().locator('.log-console-log .log-text').last()).toHaveText('after');
});

const PROBES = `
const probe = async (name, f) => { try { console.log(name, String(await f())); } catch (e) { console.log(name, 'blocked', e.name); } };
await probe('cookie', () => document.cookie);
await probe('localStorage', () => localStorage.getItem('secret'));
await probe('parent', () => parent.document.title);
await probe('fetch', () => fetch('/probe-fetch').then((r) => r.status));
await probe('image', () => new Promise((ok, ko) => { const i = new Image(); i.onload = ok; i.onerror = ko; i.src = '/probe-image.png'; }));
await probe('import', () => import('/probe-import.js'));
await probe('indexedDB', () => indexedDB.open('x'));
console.log('done');
`;

/** What the probes' output and the page's requests say leaked out of a sandbox: empty when the walls held. */
function leaks(lines: string[], requests: string[]): string[] {
	const found = lines.filter((l) => /page-cookie|page-storage/.test(l));
	for (const name of ['cookie', 'localStorage', 'parent', 'fetch', 'image', 'import']) if (!/blocked/.test(lines.find((l) => l.startsWith(`${name} `)) ?? '')) found.push(`${name} not blocked`);
	return [...found, ...requests.filter((u) => /probe-/.test(u))];
}

/** The page's own cookie and storage, set after it has loaded so they belong to its origin; the page is asked to show they are there. */
async function plantSecrets(page: Page): Promise<void> {
	await page.context().addCookies([{ name: 'secret', value: 'page-cookie', url: page.url() }]);
	await page.evaluate(() => localStorage.setItem('secret', 'page-storage'));
	expect(await page.evaluate(() => [document.cookie, localStorage.getItem('secret')])).toEqual(['secret=page-cookie', 'page-storage']);
}

test('user code reaches nothing: no DOM, cookies, storage, parent or network', async ({ page, consolePanel }) => {
	const requests: string[] = [];
	const panel = await openConsole(consolePanel);
	await plantSecrets(page);
	page.on('request', (r) => requests.push(r.url()));
	await panel.setCode(PROBES);
	await panel.run();
	await expect(panel.output().locator('.log-console-log .log-text').last()).toHaveText('done', { timeout: 10_000 });
	expect(leaks(await panel.output().locator('.log-console-log .log-text').allTextContents(), requests)).toEqual([]);
});

test('the walls check catches a leaky sandbox: the same probes, run in the page itself, find the secrets', async ({ page, reference }) => {
	await reference.goto(SLUG);
	await plantSecrets(page);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	// A sandbox with no walls: the probes run in the page's own window, their console.log collected.
	const lines = await page.evaluate(async (code) => {
		const out: string[] = [];
		const log = (...a: unknown[]) => out.push(a.map(String).join(' '));
		await new Function('console', `return (async () => {${code}})()`)({ log });
		return out;
	}, PROBES);
	const found = leaks(lines, requests);
	expect(found).toContain('cookie secret=page-cookie');
	expect(found).toContain('localStorage page-storage');
	expect(found).toContain('fetch not blocked');
});

test('Share puts the code in the URL; opening the link fills the console without running it', { tag: '@base' }, async ({ page, context, consolePanel }) => {
	const panel = await openConsole(consolePanel);
	await panel.setCode(`console.log('shared code ran');`);
	await panel.scenario().selectOption('error:2307');
	await page.getByRole('button', { name: 'Share' }).click();
	await expect(page).toHaveURL(/#try=1\./);
	const url = page.url();
	const other = await context.newPage();
	await other.goto(url);
	const shared = new ConsolePanel(other, consolePanel.editor);
	await shared.ready();
	await expect(shared.scenario()).toHaveValue('error:2307');
	expect(await shared.code()).toContain("console.log('shared code ran');");
	await other.waitForTimeout(500);
	await expect(shared.output().locator('.log-entry')).toHaveCount(0);
});

test('subscriptions stream RESULT events, and stop on unsubscribe and on re-run', async ({ page, consolePanel }) => {
	test.setTimeout(40_000);
	const panel = await openConsole(consolePanel, 'subscribe-vehicle-connection');
	await panel.setCode(`await pims.subscribe('pims.vehicle.connection', undefined, () => {});\nsetTimeout(() => pims.unsubscribe('pims.vehicle.connection'), 2500);`);
	await panel.run();
	await expect.poll(async () => (await panel.messages()).filter((m) => m.status === 'RESULT').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
	await expect.poll(async () => (await panel.messages()).filter((m) => m.status === 'SUCCEEDED').length, { timeout: 10_000 }).toBe(2);
	const afterUnsubscribe = (await panel.messages()).length;
	await page.waitForTimeout(2000);
	expect((await panel.messages()).length).toBe(afterUnsubscribe);
	// A run that never unsubscribes is ended by the next run.
	await page.getByRole('button', { name: 'Clear' }).click();
	await panel.setCode(`pims.subscribe('pims.vehicle.connection', undefined, () => {});`);
	await panel.run();
	await expect.poll(async () => (await panel.messages()).filter((m) => m.status === 'RESULT').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
	await panel.setCode(`console.log('second run');`);
	await panel.run();
	await expect(panel.output().locator('.log-console-log .log-text')).toHaveText('second run');
	const count = (await panel.messages()).length;
	await page.waitForTimeout(2500);
	expect((await panel.messages()).length).toBe(count);
	// Stop ends a run too.
	await panel.setCode(`pims.subscribe('pims.vehicle.connection', undefined, () => {});`);
	await panel.run();
	await expect.poll(async () => (await panel.messages()).length, { timeout: 10_000 }).toBeGreaterThan(count + 1);
	await page.getByRole('button', { name: 'Stop' }).click();
	await expect(panel.output().locator('.log-note').last()).toContainText('Stopped');
	const stopped = (await panel.messages()).length;
	await page.waitForTimeout(2500);
	expect((await panel.messages()).length).toBe(stopped);
});

test('the playground picks any operation and fills its call', { tag: '@base' }, async ({ page, consolePanel }) => {
	await page.goto('playground/');
	const panel = consolePanel;
	await panel.open();
	const picker = page.getByRole('combobox', { name: 'Operation' });
	await picker.selectOption('set-authentication-smscode-add-phone-number');
	expect(await panel.code()).toContain('pims.set(');
	await expect(panel.scenario().locator('option', { hasText: '2344 ·' })).toHaveCount(1);
	// The twin accepts the code only once an SMS was sent for the number: send it first, in the same run.
	const filled = await panel.code();
	await panel.setCode(`await pims.get('pims.authentication.smscode', { type: 'phoneNumberCertification', phoneNumber: '0612345678' });\n${filled.slice(filled.indexOf('const message'))}`);
	await panel.run();
	await panel.waitForMessages(2);
	expect((await panel.messages()).map((m) => m.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
	await panel.setCode(`await pims.get('pims.authentication.trustedphonenumber');`);
	await panel.run();
	await panel.waitForMessages(3);
	expect((await panel.messages())[2]?.result).toEqual({ phoneNumber: '0612345678' });
	// Reset keeps working: state changes survive runs until Reset.
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(page.locator('.console-status')).toContainText('0612345678');
});
