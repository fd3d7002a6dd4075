// A table wider than its column scrolls inside its wrapper; a keyboard user can only scroll it if the
// wrapper takes the focus, and a screen reader names it. Checked in the built HTML of every page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './site-pages.ts';

const WRAPPER = /<div class="(?:table-scroll|api-index-scroll)[^"]*"[^>]*>/g;

test('every scrolling table wrapper of every page is a focusable region with a name', () => {
	const dist = process.env.PIMS_DIST ?? 'dist';
	const unlabelled: string[] = [];
	let wrappers = 0;
	for (const path of builtPages()) {
		const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
		for (const [tag] of html.matchAll(WRAPPER)) {
			wrappers += 1;
			if (!/ tabindex="0"/.test(tag) || !/ role="region"/.test(tag) || !/ aria-label="[^"]+"/.test(tag)) unlabelled.push(`/${path}: ${tag}`);
		}
	}
	// The reference pages alone have two or more each: a check that found none would check nothing.
	expect(wrappers).toBeGreaterThan(200);
	expect(unlabelled).toEqual([]);
});
