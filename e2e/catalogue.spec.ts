// The API index, the component pages and the changelog against the content they are generated from.
import { catalog, base, expect, test } from './fixtures.ts';
import { compareVersions, componentByTag, type Operation } from '../src/content-model/index.ts';
import { matches, NO_FILTER, type IndexFilter } from '../src/site/api-filter.ts';
import { indexEntries } from '../src/site/api-index.ts';
import { ApiIndexPage, sitePath } from './catalogue-pages.ts';

const entries = indexEntries(catalog);
const total = catalog.operations.length;
/** The catalogue's SDK versions, newest first, read from the content rather than from the changelog's code. */
const versions = [...new Set(catalog.operations.flatMap((o) => [o.since, o.lastUpdate]))].sort((a, b) => compareVersions(b, a));
const [newest = '', oldest = ''] = [versions[0], versions.at(-1)];
const inTableOrder = (slugs: string[]) => entries.map((e) => e.op.slug).filter((s) => slugs.includes(s));

/** The slugs the index should show for a filter, in table order. */
function expected(filter: Partial<IndexFilter>): string[] {
	const f = { ...NO_FILTER, ...filter };
	return entries.filter((e) => matches({ text: e.text, method: e.op.method, components: e.op.components, since: e.op.since, lastUpdate: e.op.lastUpdate }, f)).map((e) => e.op.slug);
}

test.describe('API index', () => {
	test('lists every operation once, with its method, link, components, versions and summary', async ({ page }) => {
		const index = new ApiIndexPage(page);
		await index.goto();
		const rows = await index.rowTexts();
		expect(rows.map((r) => r.slug).sort()).toEqual(catalog.operations.map((o) => o.slug).sort());
		for (const row of rows) {
			const op = catalog.operations.find((o) => o.slug === row.slug);
			if (!op) throw new Error(`row for an unknown operation ${row.slug}`);
			expect(row).toEqual({
				slug: op.slug,
				method: op.method,
				href: `${base}reference/${op.slug}/`,
				name: op.title,
				components: op.components.map((t) => ({ name: componentByTag(catalog, t).name, href: `${base}reference/components/${t.toLowerCase()}/` })),
				since: op.since,
				lastUpdate: op.lastUpdate,
				summary: op.summary,
			});
		}
		await expect(index.count()).toHaveText(`${total} of ${total} operations`);
	});

	test('filtering by text narrows the rows and updates the count and the URL', async ({ page, apiIndex }) => {
		const index = apiIndex;
		await index.goto();
		await index.text().fill('smscode addPhoneNumber');
		expect(await index.visibleSlugs()).toEqual(['set-authentication-smscode-add-phone-number']);
		await expect(index.count()).toHaveText(`1 of ${total} operations`);
		await expect(page).toHaveURL(/\/reference\/\?q=smscode\+addPhoneNumber$/);

		await index.text().fill('trip');
		const trips = expected({ q: 'trip' });
		expect(trips.length).toBeGreaterThan(1);
		expect(await index.visibleSlugs()).toEqual(trips);
		await expect(index.count()).toHaveText(`${trips.length} of ${total} operations`);
		await expect(page).toHaveURL(/\?q=trip$/);

		// An error code finds the operations that document it.
		await index.text().fill('2307');
		expect(await index.visibleSlugs()).toEqual(catalog.operations.filter((o) => o.errors.includes(2307)).map((o) => o.slug));
	});

	test('filtering by method and by component narrows the rows, and the filters combine', async ({ page, apiIndex }) => {
		const index = apiIndex;
		await index.goto();
		await index.method().selectOption('subscribe');
		const subscriptions = catalog.operations.filter((o) => o.method === 'subscribe').map((o) => o.slug);
		expect((await index.visibleSlugs()).sort()).toEqual(subscriptions.sort());
		await expect(index.count()).toHaveText(`${subscriptions.length} of ${total} operations`);
		await expect(page).toHaveURL(/\?method=subscribe$/);

		await index.method().selectOption('get');
		await index.component().selectOption('StrongAuthentication');
		const both = catalog.operations.filter((o) => o.method === 'get' && o.components.includes('StrongAuthentication')).map((o) => o.slug);
		expect(both.length).toBeGreaterThan(0);
		expect((await index.visibleSlugs()).sort()).toEqual(both.sort());
		await expect(index.count()).toHaveText(`${both.length} of ${total} operations`);
		await expect(page).toHaveURL(/\?method=get&component=StrongAuthentication$/);

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(index.count()).toHaveText(`${total} of ${total} operations`);
		expect((await index.visibleSlugs()).length).toBe(total);
		await expect(page).toHaveURL(/\/reference\/$/);
	});

	test('a filtered view can be linked: the filter is read back from the URL', async ({ apiIndex }) => {
		const index = apiIndex;
		await index.goto('?q=trip&method=get&component=tripndrive');
		await expect(index.text()).toHaveValue('trip');
		await expect(index.method()).toHaveValue('get');
		await expect(index.component()).toHaveValue('TripNDrive');
		const shown = expected({ q: 'trip', method: 'get', component: 'TripNDrive' });
		expect(shown.length).toBeGreaterThan(0);
		expect(await index.visibleSlugs()).toEqual(shown);
		await expect(index.count()).toHaveText(`${shown.length} of ${total} operations`);
	});

	test('filtering by SDK version: available in the oldest, changed in the newest, kept in the URL and carried to the changelog', async ({ page, apiIndex }) => {
		expect(versions.length, 'the catalogue names at least two SDK versions').toBeGreaterThan(1);
		const index = apiIndex;
		await index.goto();
		await index.available().selectOption(oldest);
		const inOldest = inTableOrder(catalog.operations.filter((o) => o.since === oldest).map((o) => o.slug));
		expect(inOldest.length).toBeLessThan(total);
		expect(await index.visibleSlugs()).toEqual(inOldest);
		await expect(index.count()).toHaveText(`${inOldest.length} of ${total} operations`);
		await expect(page).toHaveURL(new RegExp(`\\?available=${oldest.replace('.', '\\.')}$`));

		await index.available().selectOption('');
		await index.changed().selectOption(newest);
		const changedInNewest = inTableOrder(catalog.operations.filter((o) => o.since === newest || o.lastUpdate === newest).map((o) => o.slug));
		expect(changedInNewest.length).toBeGreaterThan(0);
		expect(await index.visibleSlugs()).toEqual(changedInNewest);
		await expect(page).toHaveURL(new RegExp(`\\?changed=${newest.replace('.', '\\.')}$`));

		// The link to the changelog keeps the version filter, and the changelog applies it.
		await page.getByRole('link', { name: 'changelog', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/reference/changelog/\\?changed=${newest.replace('.', '\\.')}$`));
		await expect(page.getByLabel('Changed in', { exact: true })).toHaveValue(newest);
		await expect(page.locator('section.release:visible')).toHaveCount(1);
	});

	test('a version filter in the URL is read back, and both version filters combine', async ({ apiIndex }) => {
		const index = apiIndex;
		await index.goto(`?available=${oldest}&changed=${newest}`);
		await expect(index.available()).toHaveValue(oldest);
		await expect(index.changed()).toHaveValue(newest);
		// Available in the oldest and changed in the newest: added first, updated last.
		const both = inTableOrder(catalog.operations.filter((o) => o.since === oldest && o.lastUpdate === newest).map((o) => o.slug));
		expect(await index.visibleSlugs()).toEqual(both);
		await index.goto('?available=9.9');
		await expect(index.available()).toHaveValue('');
		expect((await index.visibleSlugs()).length).toBe(total);
	});

	test('says so when nothing matches', async ({ page, apiIndex }) => {
		const index = apiIndex;
		await index.goto('?q=no-such-operation');
		await expect(index.count()).toHaveText(`0 of ${total} operations`);
		await expect(page.getByText('No operation matches these filters.')).toBeVisible();
		await expect(page.locator('table[data-table="api-index"]')).toBeHidden();
	});

	test('without JavaScript the page is the full table and the filter controls stay hidden', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		const index = new ApiIndexPage(page);
		await index.goto('?q=trip');
		expect((await index.visibleSlugs()).length).toBe(total);
		await expect(index.controls()).toBeHidden();
		await context.close();
	});
});

test.describe('component pages', () => {
	test('the StrongAuthentication page introduces the component and lists exactly its operations', async ({ page }) => {
		const c = componentByTag(catalog, 'StrongAuthentication');
		await page.goto('reference/components/strongauthentication/');
		await expect(page.locator('h1')).toHaveText(c.name);
		await expect(page.locator('.component-lead')).toContainText(c.tag);
		await expect(page.locator('[data-meta="connectivity"]')).toContainText('Internet');
		await expect(page.locator('[data-meta="platforms"]')).toHaveText(c.platforms.join(', '));
		await expect(page.locator('[data-meta="security"]')).toContainText('Authentication');
		await expect(page.locator('[data-meta="since"]')).toHaveText(`v${c.since}`);
		const list = page.getByRole('list', { name: `Operations of ${c.name}` });
		const slugs = await list.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-op')));
		expect(slugs).toEqual(catalog.operations.filter((o) => o.components.includes('StrongAuthentication')).map((o) => o.slug));
		const first = catalog.operations.find((o) => o.components.includes('StrongAuthentication'));
		if (!first) throw new Error('StrongAuthentication has no operation');
		await list.getByRole('link', { name: first.title }).click();
		await expect(page).toHaveURL(new RegExp(`/reference/${first.slug}/$`));
	});

	test('every component has a page listing its operations, reached from its sidebar group and from operation pages', async ({ page }) => {
		for (const c of catalog.components) {
			await page.goto(`reference/components/${c.tag.toLowerCase()}/`);
			const slugs = await page.locator('.operation-list li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-op')));
			expect(slugs, c.tag).toEqual(catalog.operations.filter((o) => o.components.includes(c.tag)).map((o) => o.slug));
			await expect(page.locator('nav[aria-label="Main"] a[aria-current="page"]'), c.tag).toHaveText('Overview');
		}
		await page.goto('reference/get-authentication-trustedphonenumber/');
		await page.locator('[data-meta="component"] a').first().click();
		await expect(page).toHaveURL(/\/reference\/components\/strongauthentication\/$/);
	});
});

test.describe('changelog', () => {
	const byVersion = (ops: Operation[], key: 'since' | 'lastUpdate') =>
		Object.groupBy(
			ops.filter((o) => key === 'since' || o.lastUpdate !== o.since),
			(o) => o[key],
		);

	test('lists each operation under its since version, and changes under their last update, newest version first', async ({ page }) => {
		await page.goto('reference/changelog/');
		const sections = await page.locator('section.release').evaluateAll((els) =>
			els.map((s) => ({
				version: s.getAttribute('data-version') ?? '',
				added: [...s.querySelectorAll('[data-change="added"] li')].map((li) => li.getAttribute('data-op') ?? ''),
				updated: [...s.querySelectorAll('[data-change="updated"] li')].map((li) => li.getAttribute('data-op') ?? ''),
			})),
		);
		expect(sections.map((s) => s.version)).toEqual(versions);
		const added = byVersion(catalog.operations, 'since');
		const updated = byVersion(catalog.operations, 'lastUpdate');
		for (const s of sections) {
			expect(s.added.sort(), `added in ${s.version}`).toEqual((added[s.version] ?? []).map((o) => o.slug).sort());
			expect(s.updated.sort(), `updated in ${s.version}`).toEqual((updated[s.version] ?? []).map((o) => o.slug).sort());
		}
		// Every operation appears exactly once among the additions.
		expect(sections.flatMap((s) => s.added).sort()).toEqual(catalog.operations.map((o) => o.slug).sort());
		const op = catalog.operations[0];
		if (!op) throw new Error('empty catalogue');
		const link = page.locator(`section[data-version="${op.since}"] [data-change="added"] li[data-op="${op.slug}"] a`);
		expect(sitePath((await link.getAttribute('href')) ?? '', base)).toBe(`/reference/${op.slug}/`);
		await expect(page.getByRole('status').filter({ hasText: 'version' })).toHaveText(`${versions.length} of ${versions.length} versions`);
	});

	test('filtering by SDK version hides the other releases and their contents entries, keeps the filter in the URL and carries it to the API index', async ({ page }) => {
		await page.goto('reference/changelog/');
		const shownVersions = () => page.locator('section.release:visible').evaluateAll((els) => els.map((s) => s.getAttribute('data-version')));
		const tocLinks = page.locator('starlight-toc a:visible');
		expect(await shownVersions()).toEqual(versions);

		// What an app on the oldest version has: that release alone.
		await page.getByLabel('Available in', { exact: true }).selectOption(oldest);
		await expect.poll(shownVersions).toEqual([oldest]);
		await expect(page).toHaveURL(new RegExp(`\\?available=${oldest.replace('.', '\\.')}$`));
		await expect(page.getByRole('status').filter({ hasText: 'version' })).toHaveText(`1 of ${versions.length} versions`);
		await expect(tocLinks.filter({ hasText: `Version ${newest}` })).toHaveCount(0);
		await expect(tocLinks.filter({ hasText: `Version ${oldest}` })).toHaveCount(1);

		// Changed in the newest and available in the oldest cannot both hold for a release.
		await page.getByLabel('Changed in', { exact: true }).selectOption(newest);
		await expect.poll(shownVersions).toEqual([]);
		await expect(page.getByText('No version matches these filters.')).toBeVisible();

		// The form's reset event comes before its fields are cleared, so the filter applies in the next task.
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect.poll(shownVersions).toEqual(versions);
		await expect(page).toHaveURL(/\/reference\/changelog\/$/);

		await page.getByLabel('Changed in', { exact: true }).selectOption(newest);
		await page.getByRole('main').getByRole('link', { name: 'API index', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/reference/\\?changed=${newest.replace('.', '\\.')}$`));
		await expect(page.getByLabel('Changed in', { exact: true })).toHaveValue(newest);
	});
});
