import dark from '@shikijs/themes/github-dark';
import light from '@shikijs/themes/github-light';
import { describe, expect, it } from 'vitest';
import { contrast } from './contrast.ts';
import { monacoThemes } from './monaco-theme-data.ts';

const rgb = (h: string): [number, number, number] => [0, 2, 4].map((i) => parseInt(h.replace('#', '').slice(i, i + 2), 16)) as [number, number, number];

describe("Monaco's data for the site's themes", () => {
	const [monacoDark, monacoLight] = monacoThemes([dark, light]);

	it('keeps the names, bases and backgrounds of GitHub Dark and GitHub Light', () => {
		expect(monacoDark).toMatchObject({ name: 'github-dark', data: { base: 'vs-dark', colors: { 'editor.background': '#24292e' } } });
		expect(monacoLight).toMatchObject({ name: 'github-light', data: { base: 'vs', colors: { 'editor.background': '#ffffff' } } });
	});

	it('gives every coloured token rule 4.5:1 on its background, the comment grey included', () => {
		for (const { data } of [monacoDark!, monacoLight!]) {
			const background = rgb(data.colors['editor.background']!);
			const coloured = data.rules.filter((r) => r.foreground);
			expect(coloured.length).toBeGreaterThan(20);
			for (const rule of coloured) expect(contrast(rgb(rule.foreground!), background), rule.token).toBeGreaterThanOrEqual(4.5);
		}
		// GitHub Dark writes its comments #6a737d, 3.0:1 on #24292e.
		expect(monacoDark!.data.rules.find((r) => r.token === 'comment')?.foreground).not.toBe('6a737d');
	});
});
