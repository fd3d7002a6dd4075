// Unit tests live beside the code in src/ and tools/; e2e/ holds Playwright specs, which vitest must not pick up.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// src/snippets/built/ checks a built site: `npm run test:snippets` runs it after the build (vitest.built.config.ts).
	// isolate: false evaluates the shared modules (the catalogue, the TypeScript compiler) once per worker rather than once per
	// file, which halves the CPU time of the run; no test mocks modules or leaves globals changed.
	test: { isolate: false, include: ['src/**/*.test.ts', 'tools/**/*.test.ts'], exclude: ['src/snippets/built/**', '**/node_modules/**'] },
});
