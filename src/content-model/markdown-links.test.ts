import { describe, expect, it } from 'vitest';
import { linksWithScheme, linkTargets } from './markdown-links.ts';

describe('linkTargets', () => {
	it('reads every link the Markdown parser sees, whatever its form', () => {
		const md = 'See [a](op:get-a), [b](<op:gone>), [c](op:get-c "Title"), [d](/reference/x/) and [e](error:2001).';
		expect(linkTargets(md)).toEqual(['op:get-a', 'op:gone', 'op:get-c', '/reference/x/', 'error:2001']);
	});

	it('finds none in a text without brackets or angle brackets', () => {
		expect(linkTargets('Plain text, op:get-a and https://example.com written out.')).toStrictEqual([]);
	});

	it('reads a text once: the same text gives the same list', () => {
		const md = 'Only [a](op:read-once-a) here.';
		expect(linkTargets(md)).toBe(linkTargets(md));
	});

	it('ignores text that only looks like a link: code spans and escaped brackets', () => {
		expect(linkTargets('Write `[x](op:in-code)` or \\[y](op:escaped).')).toEqual([]);
	});

	it('reads autolinks, which the renderer rewrites too', () => {
		expect(linkTargets('See <op:auto>.')).toEqual(['op:auto']);
	});

	it('finds links inside emphasis and lists', () => {
		expect(linkTargets('- *see [x](op:nested)*\n- **[y](op:strong)**')).toEqual(['op:nested', 'op:strong']);
	});
});

describe('linksWithScheme', () => {
	it('keeps the links of one scheme, without the scheme', () => {
		expect(linksWithScheme('[a](op:get-a) [b](error:2302) [c](<op:gone>) [d](https://example.com/op:no)', 'op')).toEqual(['get-a', 'gone']);
		expect(linksWithScheme('[a](op:get-a) [b](error:2302)', 'error')).toEqual(['2302']);
	});
});
