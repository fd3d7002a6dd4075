// What every spec shares: the catalogue, the base path the site is served under, and the page objects,
// as Playwright fixtures. `catalog` and `base` are also exported for specs that make one test per operation.
import { test as base_, expect } from '@playwright/test';
import type { Catalog } from '../src/content-model/index.ts';
import { loadCatalog } from '../src/content-model/node.ts';
import { ApiIndexPage, SearchDialog } from './catalogue-pages.ts';
import { ConsolePanel, refuseFullEditor, ReferencePage, type ConsoleEditor } from './pages.ts';

/** Read once per worker. */
export const catalog: Catalog = loadCatalog();
/** PIMS_BASE, with its trailing slash: `/` or `/some/sub/path/`. */
export const base = (process.env.PIMS_BASE ?? '/').replace(/\/?$/, '/');

interface PageObjects {
	reference: ReferencePage;
	consolePanel: ConsolePanel;
	apiIndex: ApiIndexPage;
	search: SearchDialog;
}
interface Options {
	/** `plain`: every page of the test's context refuses the full editor, and consolePanel drives the plain field. */
	consoleEditor: ConsoleEditor;
}
interface Shared {
	catalog: Catalog;
	base: string;
}

export const test = base_.extend<PageObjects & Options, Shared>({
	consoleEditor: ['full', { option: true }],
	context: async ({ context, consoleEditor }, use) => {
		if (consoleEditor === 'plain') await refuseFullEditor(context);
		await use(context);
	},
	catalog: [async ({}, use) => use(catalog), { scope: 'worker' }],
	base: [async ({}, use) => use(base), { scope: 'worker' }],
	reference: async ({ page }, use) => use(new ReferencePage(page)),
	consolePanel: async ({ page, consoleEditor }, use) => use(new ConsolePanel(page, consoleEditor)),
	apiIndex: async ({ page }, use) => use(new ApiIndexPage(page)),
	search: async ({ page }, use) => use(new SearchDialog(page)),
});

export { expect };
