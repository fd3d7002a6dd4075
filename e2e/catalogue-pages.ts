// Page objects for the API index, the component pages, the changelog and the search dialog, read from the DOM.
import { expect, type Locator, type Page } from '@playwright/test';

/** The path and anchor of a link's target, whatever the base path: `/reference/x/#a` for `http://host/base/reference/x/#a`. */
export function sitePath(href: string, base: string): string {
	const url = new URL(href, 'http://site');
	const path = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname;
	return `${path}${url.hash}`;
}

export interface IndexRowText {
	slug: string;
	method: string;
	href: string;
	name: string;
	components: Array<{ name: string; href: string }>;
	since: string;
	lastUpdate: string;
	summary: string;
}

export class ApiIndexPage {
	constructor(readonly page: Page) {}

	async goto(query = ''): Promise<void> {
		await this.page.goto(`reference/${query}`);
	}

	rows(): Locator {
		return this.page.locator('table[data-table="api-index"] tbody tr');
	}

	text(): Locator {
		return this.page.getByLabel('Filter by text');
	}
	method(): Locator {
		return this.page.getByLabel('Method', { exact: true });
	}
	component(): Locator {
		return this.page.getByLabel('Component', { exact: true });
	}
	available(): Locator {
		return this.page.getByLabel('Available in', { exact: true });
	}
	changed(): Locator {
		return this.page.getByLabel('Changed in', { exact: true });
	}
	count(): Locator {
		return this.page.getByRole('status').filter({ hasText: 'operation' });
	}
	controls(): Locator {
		return this.page.getByRole('search', { name: 'Filter operations' });
	}

	/** Slugs of the rows a reader can see, in table order. */
	async visibleSlugs(): Promise<string[]> {
		return this.rows().evaluateAll((rows) => rows.filter((r) => !(r as HTMLElement).hidden && r.checkVisibility()).map((r) => r.getAttribute('data-op') ?? ''));
	}

	async rowTexts(): Promise<IndexRowText[]> {
		return this.rows().evaluateAll((rows) =>
			rows.map((r) => {
				const link = r.querySelector('th a');
				const text = (sel: string) => r.querySelector(sel)?.textContent?.trim() ?? '';
				return {
					slug: r.getAttribute('data-op') ?? '',
					method: r.getAttribute('data-method') ?? '',
					href: link?.getAttribute('href') ?? '',
					name: link?.textContent?.trim() ?? '',
					components: [...r.querySelectorAll('.col-components a')].map((a) => ({
						name: (a.textContent ?? '').replace(/^\S+\s+/, '').trim(),
						href: a.getAttribute('href') ?? '',
					})),
					since: text('[data-col="since"]'),
					lastUpdate: text('[data-col="last-update"]'),
					summary: text('.col-summary'),
				};
			}),
		);
	}
}

export interface SearchResult {
	href: string;
	subHrefs: string[];
}

/** Starlight's search dialog (Pagefind's default UI inside a <dialog>). */
export class SearchDialog {
	constructor(readonly page: Page) {}

	dialog(): Locator {
		return this.page.getByRole('dialog', { name: 'Search' });
	}

	async open(via: 'button' | 'shortcut'): Promise<void> {
		if (via === 'button') await this.page.getByRole('button', { name: 'Search', exact: true }).click();
		else {
			// The shortcut works once the element has upgraded, which also enables the button.
			await expect(this.page.getByRole('button', { name: 'Search', exact: true })).toBeEnabled();
			await this.page.keyboard.press('Control+k');
		}
		await expect(this.dialog()).toBeVisible();
		// Pagefind's interface is built when the dialog first opens, after its script has loaded: slow on a busy machine.
		await expect(this.input()).toBeVisible({ timeout: 25_000 });
	}

	input(): Locator {
		return this.dialog().locator('input.pagefind-ui__search-input');
	}

	/** Types a query and waits for the result count; the first search also loads Pagefind and its index, hence the longer wait. */
	async search(query: string): Promise<void> {
		await this.input().fill(query);
		await expect(this.dialog().locator('.pagefind-ui__message')).toContainText(query, { timeout: 15_000 });
	}

	/** The results as listed: each page's link and the links of its sub-results (sections of the page). */
	async results(): Promise<SearchResult[]> {
		return this.dialog()
			.locator('.pagefind-ui__result')
			.evaluateAll((items) =>
				items.map((li) => ({
					href: li.querySelector('.pagefind-ui__result-inner > .pagefind-ui__result-title a')?.getAttribute('href') ?? '',
					subHrefs: [...li.querySelectorAll('.pagefind-ui__result-nested a')].map((a) => a.getAttribute('href') ?? ''),
				})),
			);
	}

	/** Waits until the first result has loaded (Pagefind fills each result in after listing it) and returns all loaded ones. */
	async loadedResults(): Promise<SearchResult[]> {
		await expect.poll(async () => (await this.results())[0]?.href ?? '').not.toBe('');
		return (await this.results()).filter((r) => r.href);
	}
}
