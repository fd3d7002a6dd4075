// Every operation page against the content file it came from, so tables and messages cannot drift.
// The expected values are read straight from the content here, never from the generators that render the
// pages: a page that agrees with a broken generator must still fail.
import { catalog, expect, test } from './fixtures.ts';
import { errorByCode, type Field, type Operation } from '../src/content-model/index.ts';
import { readPageFacts } from './pages.ts';

/** How the tables name a type, written out for this test. */
const TYPE_NAMES: Record<string, (f: Field) => string> = { context: () => 'Android Context', array: (f) => `list of ${f.items ?? 'values'}` };

function expectedRows(fields: Field[], kind: 'parameters' | 'output', prefix = ''): Array<{ path: string; type: string; required: string | undefined; example: string | undefined }> {
	return fields.flatMap((f) => {
		const path = prefix ? `${prefix}.${f.name}` : f.name;
		const required = kind === 'parameters' ? String(f.required) : f.required ? undefined : 'false';
		const row = { path, type: TYPE_NAMES[f.type]?.(f) ?? f.type, required, example: f.example === undefined ? undefined : JSON.stringify(f.example) };
		return [row, ...expectedRows(f.fields ?? [], kind, f.type === 'array' ? `${path}[]` : path)];
	});
}

/** The result a message carries: every field's example by name; objects and lists of objects from their children. */
function resultOf(fields: Field[]): Record<string, unknown> {
	const value = (f: Field): unknown => (f.type === 'object' ? resultOf(f.fields ?? []) : f.type === 'array' && f.items === 'object' ? [resultOf(f.fields ?? [])] : f.example);
	return Object.fromEntries(fields.filter((f) => f.type !== 'context').map((f) => [f.name, value(f)]));
}

// The facts are in the served HTML: the pages are read without running their scripts or loading their styles.
test.use({ javaScriptEnabled: false });
test.beforeEach(async ({ page }) => {
	await page.route(/\.(css|js|svg|woff2?)(\?|$)/, (route) => route.abort());
});

const TRANSACTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}$/;

/**
 * A filled label matches its catalogue template: a placeholder the operation gives a value for shows that value,
 * [PARAMETER] one of the operation's parameters, any other bracketed name some text.
 */
function expectLabel(op: Operation, code: number, label: string): void {
	const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = errorByCode(catalog, code)
		.label.split(/(\[[^\]]+\])/)
		.map((part) => {
			const name = /^\[([^\]]+)\]$/.exec(part)?.[1];
			if (name === undefined) return escape(part);
			if (op.placeholders[name] !== undefined) return escape(op.placeholders[name]);
			if (name === 'PARAMETER' && op.parameters.length) return `(${op.parameters.map((p) => escape(p.name)).join('|')})`;
			return '(.+)';
		})
		.join('');
	expect(label, `${op.slug} ${code}`).toMatch(new RegExp(`^${pattern}$`));
}

/** The example's opening call and its parameters, as the seed prints them for each language. */
function expectExample(op: Operation, language: 'kotlin' | 'swift', code: string): void {
	// Lifecycle calls are methods of their own (`pims.initialize(`); the others name their API first.
	const open = op.method === 'lifecycle' ? op.api : language === 'kotlin' ? `pims.${op.method}("${op.api}"` : `pims.${op.method}(api: "${op.api}"`;
	expect(code.startsWith(open), `${op.slug} ${language} opens with ${open}`).toBe(true);
	const other = language === 'kotlin' ? 'ios' : 'android';
	for (const p of op.parameters) {
		const entry = language === 'kotlin' ? `"${p.name}" to ` : `"${p.name}": `;
		if (p.platform?.only === other) expect(code, `${op.slug}: ${p.name} is for ${other} only`).not.toContain(entry);
		else if (p.type !== 'context' && p.required)
			expect(code, `${op.slug} ${language} passes ${p.name}`).toContain(typeof p.example === 'string' || typeof p.example === 'number' ? `${entry}${JSON.stringify(p.example)}` : entry);
	}
	for (const status of ['SUCCEEDED', 'FAILED', ...(op.method === 'subscribe' ? ['RESULT'] : [])]) expect(code).toContain(`"${status}"`);
	if (op.method === 'subscribe') expect(code).toContain(language === 'kotlin' ? `pims.unsubscribe("${op.api}")` : `pims.unsubscribe(api: "${op.api}")`);
}

// A few long tests rather than one per page: a browser context per page costs more than the page itself; each page is read in one evaluate.
const CHUNKS = 4;
const chunks = Array.from({ length: CHUNKS }, (_, i) => catalog.operations.filter((_, j) => j % CHUNKS === i));

test.describe('operation pages show their content, table by table and message by message', () => {
	for (const [i, ops] of chunks.entries()) {
		test(`pages ${i + 1} of ${CHUNKS} (${ops.length} operations)`, async ({ page: p }) => {
			test.setTimeout(ops.length * 3_000);
			for (const op of ops)
				await test.step(op.slug, async () => {
					const page = await readPageFacts(p, op.slug);
					expect(page.errors).toEqual(op.errors.map((code) => ({ code, label: errorByCode(catalog, code).label })));
					for (const kind of ['parameters', 'output'] as const) expect(page.fields[kind]).toEqual(op[kind].length ? expectedRows(op[kind], kind) : 'empty');
					// An operation of one platform has no example in the other platform's language.
					for (const language of ['kotlin', 'swift'] as const) {
						const skip = op.platform?.only === (language === 'kotlin' ? 'ios' : 'android');
						const code = page.examples[language];
						if (skip) expect(code, `${op.slug} has no ${language} example`).toBeUndefined();
						else expectExample(op, language, code ?? '');
					}
					const hasResult = op.method === 'get' || (op.method === 'set' && op.output.length > 0);
					const succeeded = page.messages.succeeded.map((m) => m.json as Record<string, unknown>);
					expect(succeeded).toHaveLength(1);
					expect(succeeded[0]).toMatchObject({ status: 'SUCCEEDED', transactionId: expect.stringMatching(TRANSACTION_ID) });
					expect(succeeded[0]!.result).toEqual(hasResult ? resultOf(op.output) : undefined);
					if (op.method === 'subscribe')
						expect(page.messages.result.map((m) => m.json)).toEqual([{ transactionId: expect.stringMatching(TRANSACTION_ID), status: 'RESULT', result: resultOf(op.output) }]);
					const failed = page.messages.failed;
					expect(failed.map((m) => m.code)).toEqual(op.errors.map(String));
					for (const [j, code] of op.errors.entries()) {
						const json = failed[j]!.json as { status: string; error: { code: number; label: string }; result?: unknown };
						expect(json).toMatchObject({ status: 'FAILED', transactionId: expect.stringMatching(TRANSACTION_ID), error: { code } });
						expect(json.result).toBeUndefined();
						expectLabel(op, code, json.error.label);
					}
				});
		});
	}
});
