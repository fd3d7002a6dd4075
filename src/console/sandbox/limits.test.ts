import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CPU_BUDGET_MS, FRAME_TIMEOUT_MS, LOG_ENTRIES, QUIET_MS, WATCHDOG_MS } from './limits.ts';
import { TEXT_LIMIT } from './format.ts';

describe('the limits /simulator/ states', () => {
	it('are the ones the sandbox applies', () => {
		const page = readFileSync(new URL('../../../content/docs/simulator.mdx', import.meta.url), 'utf8').replace(/\s+/g, ' ');
		expect(page).toContain('busy for 5 seconds without yielding');
		expect(page).toContain('timers keep firing for 3 seconds');
		expect(page).toContain('used 10 seconds of processing time');
		expect(page).toContain('stops answering for 4 seconds');
		expect(page).toContain('the newest 1,000 entries');
		expect(page).toContain('longer than 10,000 characters is cut');
		expect([WATCHDOG_MS, QUIET_MS, CPU_BUDGET_MS, FRAME_TIMEOUT_MS, LOG_ENTRIES, TEXT_LIMIT]).toEqual([5000, 3000, 10_000, 4000, 1000, 10_000]);
	});
});
