import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content-model/node.ts';
import { documentedCall } from '../generators/call-shape.ts';
import { failedMessage, successMessage } from '../content-model/documented-messages.ts';
import { consoleCatalog } from './data.ts';

describe('the console catalogue', () => {
	const full = loadCatalog();
	const bare = consoleCatalog(full);

	it('is much smaller than the full one', () => {
		expect(JSON.stringify(bare).length).toBeLessThan(JSON.stringify(full).length * 0.7);
	});

	it('keeps everything the simulator and the console use: messages, calls and labels come out the same', () => {
		for (const [i, op] of full.operations.entries()) {
			const b = bare.operations[i]!;
			expect(successMessage(b)).toEqual(successMessage(op));
			expect(documentedCall(b)).toEqual(documentedCall(op));
			for (const code of op.errors) expect(failedMessage(bare, b, code)).toEqual(failedMessage(full, op, code));
			expect([b.title, b.summary, b.slug]).toEqual([op.title, op.summary, op.slug]);
		}
	});
});
