// The trustedphonenumber page must show exactly the facts of the published page it replaces.
import { expect, test } from './fixtures.ts';
import { ReferencePage } from './pages.ts';

const SLUG = 'get-authentication-trustedphonenumber';
const SEED_ERRORS = [
	{ code: 2001, label: 'Facade not initialized' },
	{ code: 2006, label: 'Core not well configured' },
	{ code: 2201, label: 'Timeout/Polling Timeout/Command Timeout' },
	{ code: 2202, label: 'Network problem : No internet' },
	{ code: 2204, label: 'Server Error' },
	{ code: 2307, label: 'User dont have a phone number' },
];

test.describe('trustedphonenumber, as published', { tag: '@base' }, () => {
	let page: ReferencePage;
	test.beforeEach(async ({ page: p }) => {
		page = new ReferencePage(p);
		await page.goto(SLUG);
	});

	test('heading, component, availability and security', async () => {
		await expect(page.heading()).toHaveText(/GET\s*pims\.authentication\.trustedphonenumber/);
		await expect(page.page.locator('[data-meta="component"]')).toContainText('StrongAuthentication');
		await expect(page.page.locator('[data-meta="since"]')).toHaveText('v2.0');
		await expect(page.page.locator('[data-meta="security"]')).toContainText('Authentication');
		await expect(page.page.locator('[data-table="parameters"][data-empty]')).toBeVisible();
	});

	test('the six documented errors with their published labels', async () => {
		expect(await page.errorRows()).toEqual(SEED_ERRORS);
	});

	test('output phoneNumber with example 0612345678', async () => {
		expect(await page.fieldRows('output')).toEqual([{ path: 'phoneNumber', type: 'string', required: undefined, example: '"0612345678"' }]);
	});

	test('Kotlin and Swift examples of the call', async () => {
		const kotlin = await page.example('kotlin');
		expect(kotlin).toContain('pims.get("pims.authentication.trustedphonenumber"');
		expect(kotlin).toContain('"SUCCEEDED" -> { }');
		const swift = await page.example('swift');
		expect(swift).toContain('pims.get(api: "pims.authentication.trustedphonenumber"');
		expect(swift).toContain('== "SUCCEEDED"');
	});

	test('the SUCCEEDED message and one FAILED message per error', async () => {
		expect(await page.messages('succeeded')).toEqual([{ code: null, json: { transactionId: '953cfefb-bc72', status: 'SUCCEEDED', result: { phoneNumber: '0612345678' } } }]);
		expect(await page.messages('failed')).toEqual(SEED_ERRORS.map((e) => ({ code: String(e.code), json: { transactionId: '953cfefb-bc72', status: 'FAILED', error: e } })));
	});

	test('no misspelled status literal anywhere on the page', async () => {
		const html = await page.page.content();
		const literals = new Set([...html.matchAll(/\b(S[A-Z]*CE[A-Z]*D|FA[A-Z]*L[A-Z]*D|RES[A-Z]*LT)\b/g)].map((m) => m[1]));
		expect([...literals].filter((l) => !['SUCCEEDED', 'FAILED', 'RESULT'].includes(l ?? ''))).toEqual([]);
		expect(literals.has('SUCCEEDED')).toBe(true);
	});
});
