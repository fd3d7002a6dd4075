// Every operation page against the content file it came from: tables and messages cannot drift.
import { catalog, expect, test } from './fixtures.ts';
import { errorByCode, type Field } from '../src/content-model/index.ts';
import { documentedCall, failedMessage, kotlinExample, resultEvent, successMessage, swiftExample } from '../src/generators/index.ts';
import { typeLabel } from '../src/site/fields.ts';
import { ReferencePage } from './pages.ts';

function expectedRows(fields: Field[], kind: 'parameters' | 'output', prefix = ''): Array<{ path: string; type: string; required: string | undefined; example: string | undefined }> {
	return fields.flatMap((f) => {
		const path = prefix ? `${prefix}.${f.name}` : f.name;
		const required = kind === 'parameters' ? String(f.required) : f.required ? undefined : 'false';
		const row = { path, type: typeLabel(f), required, example: f.example === undefined ? undefined : JSON.stringify(f.example) };
		return [row, ...expectedRows(f.fields ?? [], kind, f.type === 'array' ? `${path}[]` : path)];
	});
}

// A few long tests rather than one per page: a browser context per page costs more than the page itself.
const CHUNKS = 4;
const chunks = Array.from({ length: CHUNKS }, (_, i) => catalog.operations.filter((_, j) => j % CHUNKS === i));

test.describe('operation pages show their content, table by table and message by message', () => {
	for (const [i, ops] of chunks.entries()) {
		test(`pages ${i + 1} of ${CHUNKS} (${ops.length} operations)`, async ({ page: p }) => {
			test.setTimeout(ops.length * 3_000);
			const page = new ReferencePage(p);
			for (const op of ops)
				await test.step(op.slug, async () => {
					await page.goto(op.slug);
					expect(await page.errorRows()).toEqual(op.errors.map((code) => ({ code, label: errorByCode(catalog, code).label })));
					for (const kind of ['parameters', 'output'] as const) {
						if (op[kind].length) expect(await page.fieldRows(kind)).toEqual(expectedRows(op[kind], kind));
						else await expect(p.locator(`[data-table="${kind}"][data-empty]`)).toHaveCount(1);
					}
					// An operation of one platform has no example in the other platform's language.
					if (op.platform?.only !== 'ios') expect(await page.example('kotlin')).toBe(kotlinExample(documentedCall(op)));
					if (op.platform?.only !== 'android') expect(await page.example('swift')).toBe(swiftExample(documentedCall(op)));
					expect((await page.messages('succeeded')).map((m) => m.json)).toEqual([successMessage(op)]);
					if (op.method === 'subscribe') expect((await page.messages('result')).map((m) => m.json)).toEqual([resultEvent(op)]);
					expect(await page.messages('failed')).toEqual(op.errors.map((code) => ({ code: String(code), json: failedMessage(catalog, op, code) })));
				});
		});
	}
});
