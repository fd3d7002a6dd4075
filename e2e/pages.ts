// Page objects for the e2e tests: what a reader sees on a reference page, read from the DOM.
import type { Locator, Page } from '@playwright/test';

export interface FieldRowText {
	path: string;
	type: string;
	required: string | undefined;
	example: string | undefined;
}

export class ReferencePage {
	constructor(readonly page: Page) {}

	async goto(slug: string): Promise<void> {
		await this.page.goto(`reference/${slug}/`);
	}

	heading(): Locator {
		return this.page.locator('h1');
	}

	async errorRows(): Promise<Array<{ code: number; label: string }>> {
		return this.page
			.locator('[data-table="errors"] tbody tr')
			.evaluateAll((rows) => rows.map((r) => ({ code: Number(r.getAttribute('data-code')), label: r.querySelector('[data-label]')?.textContent?.trim() ?? '' })));
	}

	async fieldRows(kind: 'parameters' | 'output'): Promise<FieldRowText[]> {
		return this.page.locator(`table[data-table="${kind}"] tbody tr`).evaluateAll((rows) =>
			rows.map((r) => ({
				path: r.getAttribute('data-field') ?? '',
				type: r.querySelector('[data-type]')?.textContent?.trim() ?? '',
				required: r.querySelector('[data-required]')?.getAttribute('data-required') ?? undefined,
				example: r.querySelector('[data-example]')?.textContent ?? undefined,
			})),
		);
	}

	/** The text of a code block, as its copy button would copy it. */
	async codeOf(container: Locator): Promise<string> {
		const raw = await container.locator('button[data-code]').first().getAttribute('data-code');
		// Expressive Code stores line breaks as U+007F in the copy button's data.
		return (raw ?? '').replace(/\u007f/g, '\n');
	}

	async example(language: 'kotlin' | 'swift'): Promise<string> {
		return this.codeOf(this.page.locator(`[data-example="${language}"]`));
	}

	async messages(kind: 'succeeded' | 'failed' | 'result'): Promise<Array<{ code: string | null; json: unknown }>> {
		const blocks = this.page.locator(`[data-message="${kind}"]`);
		const out: Array<{ code: string | null; json: unknown }> = [];
		for (const block of await blocks.all()) {
			out.push({ code: await block.getAttribute('data-error-code'), json: JSON.parse(await this.codeOf(block)) });
		}
		return out;
	}
}

/** What a reference page shows, read in one go (tables, examples, messages), for specs that check every page. */
export interface PageFacts {
	errors: Array<{ code: number; label: string }>;
	fields: Record<'parameters' | 'output', FieldRowText[] | 'empty'>;
	examples: Partial<Record<'kotlin' | 'swift', string>>;
	messages: Record<'succeeded' | 'failed' | 'result', Array<{ code: string | null; json: unknown }>>;
}

export async function readPageFacts(page: Page, slug: string): Promise<PageFacts> {
	await page.goto(`reference/${slug}/`, { waitUntil: 'domcontentloaded' });
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

/** The console, as a reader drives it: open it, write code, pick a scenario, run, read the output. */
export class ConsolePanel {
	constructor(readonly page: Page) {}

	root(): Locator {
		return this.page.locator('pims-try-it');
	}

	async open(): Promise<void> {
		const tryIt = this.page.getByRole('button', { name: 'Try it' });
		if (await tryIt.count()) await tryIt.click();
		await this.page.locator('[data-ready="true"] .monaco-editor').waitFor({ timeout: 20_000 });
	}

	async setCode(code: string): Promise<void> {
		await this.page.locator('.monaco-editor .view-lines').first().click();
		await this.page.keyboard.press('ControlOrMeta+A');
		await this.page.keyboard.press('Delete');
		await this.page.keyboard.insertText(code);
	}

	async code(): Promise<string> {
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
