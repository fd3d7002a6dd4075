// The stories of cases/*.yaml, each a preset and steps with the messages written out by hand, run through one
// runner; and every documented error of every operation, forced by its scenario.
import { describe, expect, it } from 'vitest';
import type { Operation } from '../content-model/index.ts';
import { loadCatalog } from '../content-model/node.ts';
import { documentedCall } from '../generators/call-shape.ts';
import { loadStories } from '../site/simulator-stories.ts';
import { asWritten, runCase } from './run-case.ts';

const catalog = loadCatalog();

function callOf(op: Operation): string {
	if (op.method === 'lifecycle') return op.api.replace(/^pims\./, '');
	return `${op.method} ${op.api}`;
}

const stories = loadStories();

describe('stories', () => {
	it.each(stories.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		runCase(catalog, c).forEach(({ step, messages, events }, i) => {
			const where = `step ${i + 1} (${step.call ?? 'wait'})`;
			expect(
				messages.map((m, k) => asWritten(m, step.expect?.[k])),
				where,
			).toEqual(step.expect ?? []);
			expect(
				events.map((e, k) => ({ from: e.call, ...asWritten(e.message, step.events?.[k]) })),
				`${where}: events of earlier calls`,
			).toEqual(step.events ?? []);
			// All messages of one call, a subscription's events included, share one transactionId.
			expect(new Set(messages.map((m) => m.transactionId)).size).toBeLessThanOrEqual(1);
		});
	});
});

describe('every documented error can be forced', () => {
	const forced = catalog.operations.flatMap((op) => op.errors.map((code) => [`${op.slug} ${code}`, op, code] as const));
	it.each(forced)('%s', (_name, op, code) => {
		const entry = catalog.errors.find((e) => e.code === code)!;
		const [result] = runCase(catalog, {
			name: `${op.slug} forced ${code}`,
			initialized: op.api !== 'pims.initialize',
			scenario: { operation: op.slug, id: `error:${code}` },
			steps: [{ call: callOf(op), params: documentedCall(op).params }],
		});
		expect(result!.messages).toHaveLength(1);
		const { status, error } = result!.messages[0]!;
		expect({ status, code: error?.code }).toEqual({ status: 'FAILED', code });
		// Labels without placeholders are the catalogue's text as it is; the stories check filled ones by hand.
		if (entry.placeholders.length === 0) expect(error?.label).toBe(entry.label);
	});
});
