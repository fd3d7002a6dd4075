// Unit tests live beside the code in src/ and tools/; e2e/ holds Playwright specs, which vitest must not pick up.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: { include: ['src/**/*.test.ts', 'tools/**/*.test.ts'] },
});
