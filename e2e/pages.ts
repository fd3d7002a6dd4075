// Page objects for the e2e tests: what a reader sees on a reference page, read from the DOM.
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export interface FieldRowText {
	path: string;
	type: string;
	required: string | undefined;
	example: string | undefined;
}

/** What a reference page shows (tables, examples, messages). */
export interface PageFacts {
	errors: Array<{ code: number; label: string }>;
	fields: Record<'parameters' | 'output', FieldRowText[] | 'empty'>;
	examples: Partial<Record<'kotlin' | 'swift', string>>;
	messages: Record<'succeeded' | 'failed' | 'result', Array<{ code: string | null; json: unknown }>>;
}

/** Reads the page's facts in one evaluate: one round trip, however many tables and blocks the page has. */
async function readFacts(page: Page): Promise<PageFacts> {
	const raw = await page.evaluate(() => {
		// The copy button's data holds the block's text, line breaks as U+007F.
		const code = (el: Element | null) => (el?.querySelector('button[data-code]')?.getAttribute('data-code') ?? '').replace(/\u007f/g, '\n');
		const fields = (kind: string) => {
			if (document.querySelector(`[data-table="${kind}"][data-empty]`)) return 'empty' as const;
			return [...document.querySelectorAll(`table[data-table="${kind}"] tbody tr`)].map((r) => ({
				path: r.getAttribute('data-field') ?? '',
				type: r.querySelector('[data-type]')?.textContent?.trim() ?? '',
				required: r.querySelector('[data-required]')?.getAttribute('data-required') ?? undefined,
				example: r.querySelector('[data-example]')?.textContent ?? undefined,
			}));
		};
		const messages = (kind: string) => [...document.querySelectorAll(`[data-message="${kind}"]`)].map((b) => ({ code: b.getAttribute('data-error-code'), text: code(b) }));
		const example = (language: string) => {
			const el = document.querySelector(`[data-example="${language}"]`);
			return el ? code(el) : undefined;
		};
		return {
			errors: [...document.querySelectorAll('[data-table="errors"] tbody tr')].map((r) => ({
				code: Number(r.getAttribute('data-code')),
				label: r.querySelector('[data-label]')?.textContent?.trim() ?? '',
			})),
			fields: { parameters: fields('parameters'), output: fields('output') },
			examples: { kotlin: example('kotlin'), swift: example('swift') },
			messages: { succeeded: messages('succeeded'), failed: messages('failed'), result: messages('result') },
		};
	});
	const parse = (list: Array<{ code: string | null; text: string }>) => list.map((m) => ({ code: m.code, json: JSON.parse(m.text) as unknown }));
	const examples: PageFacts['examples'] = {};
	if (raw.examples.kotlin !== undefined) examples.kotlin = raw.examples.kotlin;
	if (raw.examples.swift !== undefined) examples.swift = raw.examples.swift;
	return { errors: raw.errors, fields: raw.fields, examples, messages: { succeeded: parse(raw.messages.succeeded), failed: parse(raw.messages.failed), result: parse(raw.messages.result) } };
}

/** Opens a reference page and reads its facts, for specs that check every page. */
export async function readPageFacts(page: Page, slug: string): Promise<PageFacts> {
	await page.goto(`reference/${slug}/`, { waitUntil: 'domcontentloaded' });
	return readFacts(page);
}

/** A reference page, as a reader sees it; each reader below picks its part of the page's facts. */
export class ReferencePage {
	constructor(readonly page: Page) {}

	async goto(slug: string): Promise<void> {
		await this.page.goto(`reference/${slug}/`);
	}

	heading(): Locator {
		return this.page.locator('h1');
	}

	async errorRows(): Promise<PageFacts['errors']> {
		return (await readFacts(this.page)).errors;
	}

	async fieldRows(kind: 'parameters' | 'output'): Promise<FieldRowText[]> {
		const rows = (await readFacts(this.page)).fields[kind];
		return rows === 'empty' ? [] : rows;
	}

	/** The example's text, as its copy button would copy it. */
	async example(language: 'kotlin' | 'swift'): Promise<string> {
		return (await readFacts(this.page)).examples[language] ?? '';
	}

	async messages(kind: 'succeeded' | 'failed' | 'result'): Promise<PageFacts['messages'][typeof kind]> {
		return (await readFacts(this.page)).messages[kind];
	}
}

/**
 * Which editor a test drives: Monaco (`full`), or the plain field with the full editor refused (`plain`), for tests of
 * the runner, the scenarios, sharing and the output, which then pay for neither Monaco nor its TypeScript worker.
 */
export type ConsoleEditor = 'full' | 'plain';

/** The full editor's entry chunk: Monaco's layer chunks (src/site/editor-chunks.ts) only run once it has loaded. */
const FULL_EDITOR_CHUNK = /\/full-editor\.[\w-]+\.js$/;

/** Refuses the full editor's chunk on a page or on every page of a context: the console keeps its plain field. */
export async function refuseFullEditor(target: Page | BrowserContext): Promise<void> {
	await target.route(FULL_EDITOR_CHUNK, (route) => route.abort());
}

/** The console, as a reader drives it: open it, write code, pick a scenario, run, read the output. */
export class ConsolePanel {
	constructor(
		readonly page: Page,
		/** `plain` expects the full editor to be refused (refuseFullEditor, or the fixtures' `consoleEditor`). */
		readonly editor: ConsoleEditor = 'full',
	) {}

	root(): Locator {
		return this.page.locator('pims-try-it');
	}

	async open(): Promise<void> {
		const tryIt = this.page.getByRole('button', { name: 'Try it' });
		if (await tryIt.count()) await tryIt.click();
		await this.ready();
	}

	/** Waits until the console runs with this panel's editor; a share link opens the console by itself. */
	async ready(): Promise<void> {
		if (this.editor === 'full') return this.page.locator('[data-ready="true"] .monaco-editor').waitFor({ timeout: 20_000 });
		await this.page.locator('[data-runnable="true"]').getByRole('textbox', { name: 'Code editor (plain field)' }).waitFor({ timeout: 20_000 });
		// The refusal has been seen: the plain field stays the editor for the rest of the test.
		await expect(this.page.locator('.console-progress')).toContainText('the plain field keeps working', { timeout: 20_000 });
		// ...as a failure, not as loading: no spinner beside it.
		expect(await this.page.locator('.console-progress').evaluate((el) => getComputedStyle(el, '::before').display)).toBe('none');
	}

	private field(): Locator {
		return this.page.getByRole('textbox', { name: 'Code editor (plain field)' });
	}

	async setCode(code: string): Promise<void> {
		if (this.editor === 'plain') return this.field().fill(code);
		await this.page.locator('.monaco-editor .view-lines').first().click();
		await this.page.keyboard.press('ControlOrMeta+A');
		await this.page.keyboard.press('Delete');
		await this.page.keyboard.insertText(code);
	}

	async code(): Promise<string> {
		if (this.editor === 'plain') return this.field().inputValue();
		// Monaco renders spaces as no-break spaces.
		return (await this.page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
	}

	scenario(): Locator {
		return this.page.getByRole('combobox', { name: 'Scenario' });
	}

	output(): Locator {
		return this.page.getByRole('log', { name: 'Console output' });
	}

	async run(): Promise<void> {
		await this.page.getByRole('button', { name: 'Run', exact: true }).click();
	}

	/** SDK messages in the output, parsed from their JSON. */
	async messages(): Promise<Array<{ transactionId: string; status: string; result?: unknown; error?: { code: number; label: string } }>> {
		const texts = await this.output().locator('.log-entry[data-status] .log-json').allTextContents();
		return texts.map((t) => JSON.parse(t) as { transactionId: string; status: string });
	}

	async waitForMessages(count: number): Promise<void> {
		await this.output()
			.locator('.log-entry[data-status]')
			.nth(count - 1)
			.waitFor({ timeout: 15_000 });
	}
}
