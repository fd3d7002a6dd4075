// Every operation of the catalogue, every documented outcome, plus the stateful flows written as YAML
// cases: all run through one runner and compared with what the pages print.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Operation } from '../content-model/index.ts';
import { loadCatalog, parseYaml } from '../content-model/node.ts';
import { documentedCall } from '../generators/call-shape.ts';
import { failedMessage, successMessage } from '../generators/messages.ts';
import { runCase, withoutTransactionId, type SimCase } from './run-case.ts';

const catalog = loadCatalog();

function callOf(op: Operation): string {
	if (op.method === 'lifecycle') return op.api.replace(/^pims\./, '');
	return `${op.method} ${op.api}`;
}

/** The documented call of an operation under one scenario, expecting exactly the printed message. */
function documentedCase(op: Operation, code?: number): SimCase {
	const expected = code === undefined ? successMessage(op) : failedMessage(catalog, op, code);
	return {
		name: `${op.slug} ${code ?? 'success'}`,
		initialized: op.api !== 'pims.initialize',
		scenario: { operation: op.slug, id: code === undefined ? 'success' : `error:${code}` },
		steps: [{ call: callOf(op), params: documentedCall(op).params, expect: [withoutTransactionId(expected)] }],
	};
}

const catalogueCases = catalog.operations.flatMap((op) => [documentedCase(op), ...op.errors.map((code) => documentedCase(op, code))]);

const casesDir = join(import.meta.dirname, 'cases');
const fileCases = readdirSync(casesDir)
	.filter((f) => f.endsWith('.yaml'))
	.flatMap((f) => {
		const { data, problems } = parseYaml(f, readFileSync(join(casesDir, f), 'utf8'));
		if (problems.length) throw new Error(problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
		return (data as SimCase[]).map((c) => ({ ...c, name: `${f}: ${c.name}` }));
	});

describe('the simulator answers as the pages print', () => {
	it('covers every operation and every documented error', () => {
		expect(catalogueCases.length).toBe(catalog.operations.reduce((n, op) => n + 1 + op.errors.length, 0));
		expect(fileCases.length).toBeGreaterThan(0);
	});

	it.each([...catalogueCases, ...fileCases].map((c) => [c.name, c] as const))('%s', (_name, c) => {
		for (const { step, messages } of runCase(catalog, c)) {
			expect(messages.map(withoutTransactionId), step.call).toEqual(step.expect);
			// All messages of one call, a subscription's events included, share one transactionId.
			expect(new Set(messages.map((m) => m.transactionId)).size).toBeLessThanOrEqual(1);
		}
	});
});
