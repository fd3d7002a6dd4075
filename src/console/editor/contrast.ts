// Token colours readable on the editor background (WCAG AA, 4.5:1), as the site's static code blocks
// adjust theirs: the themes' comment grey is too faint on their own backgrounds.
import type { ThemeRegistration } from 'shiki/core';

type Rgb = [number, number, number];

function parse(hex: string): Rgb | undefined {
	const m = /^#(?:([0-9a-f]{6})([0-9a-f]{2})?|([0-9a-f]{3})[0-9a-f]?)$/i.exec(hex.trim());
	if (!m) return undefined;
	// Short forms (#fff, #fffa) double each digit; GitHub Light's background is written #fff.
	const six = m[1] ?? [...m[3]!].map((d) => d + d).join('');
	const n = parseInt(six, 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
	const lin = (v: number) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** Moves a colour toward black or white (away from the background) until it reaches the ratio. */
export function readable(color: string, background: string, ratio = 4.5): string {
	const fg = parse(color);
	const bg = parse(background);
	if (!fg || !bg || contrast(fg, bg) >= ratio) return color;
	const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
	for (let t = 0.05; t <= 1; t += 0.05) {
		const mixed = fg.map((v, i) => v + (target[i]! - v) * t) as Rgb;
		if (contrast(mixed, bg) >= ratio) return hex(mixed);
	}
	return hex(target);
}

/** A copy of a theme whose token colours read at 5.5:1 on its background, as the static blocks do, so they stay above 4.5:1 on the current-line highlight too. */
export function withReadableTokens(theme: ThemeRegistration): ThemeRegistration {
	const bg = theme.colors?.['editor.background'] ?? (theme.type === 'light' ? '#ffffff' : '#000000');
	return {
		...theme,
		tokenColors: theme.tokenColors?.map((rule) => (rule.settings.foreground ? { ...rule, settings: { ...rule.settings, foreground: readable(rule.settings.foreground, bg, 5.5) } } : rule)),
	};
}
