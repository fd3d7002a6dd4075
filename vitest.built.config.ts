// Tests of the built site (dist/, or PIMS_DIST): every Kotlin and Swift block parses, every Kotlin block compiles.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: { include: ['src/snippets/built/**/*.test.ts'] },
});
