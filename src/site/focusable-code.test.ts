import { expect, it } from 'vitest';
import { markFocusable } from './focusable-code.ts';

it("makes the block's pre focusable, keeping its other properties, and leaves a block without one alone", () => {
	const pre = { type: 'element', tagName: 'pre', properties: { dataLanguage: 'swift' }, children: [{ type: 'element', tagName: 'code', children: [] }] };
	const block = { type: 'element', tagName: 'figure', children: [{ type: 'element', tagName: 'figcaption', children: [] }, pre] };
	markFocusable(block);
	expect(pre.properties).toEqual({ dataLanguage: 'swift', tabIndex: 0, role: 'region' });
	const empty = { type: 'element', tagName: 'figure', children: [] };
	markFocusable(empty);
	expect(empty).toEqual({ type: 'element', tagName: 'figure', children: [] });
});
