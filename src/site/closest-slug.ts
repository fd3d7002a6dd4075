// The operation a mistyped /reference/<slug>/ address most likely meant. Browser-safe, no dependencies.

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function distance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = row;
	}
	return prev[b.length] ?? 0;
}

/** The slug a path under `<base>reference/` asks for, lower-cased, or undefined for any other path. */
export function requestedSlug(pathname: string, base: string): string | undefined {
	const root = base.replace(/\/?$/, '/');
	if (!pathname.startsWith(`${root}reference/`)) return undefined;
	const rest = decodeURIComponent(pathname.slice(root.length + 'reference/'.length)).replace(/(\.md|\.html|\/)+$/, '');
	return /^[A-Za-z0-9_.-]+$/.test(rest) ? rest.toLowerCase().replace(/[_.]/g, '-') : undefined;
}

/** The nearest slug, if it is near enough to be a plausible typo (at most a third of its length away). */
export function closestSlug(wanted: string, slugs: readonly string[]): string | undefined {
	let best: { slug: string; d: number } | undefined;
	for (const slug of slugs) {
		const d = slug.includes(wanted) || wanted.includes(slug) ? Math.abs(slug.length - wanted.length) / 4 : distance(wanted, slug);
		if (!best || d < best.d) best = { slug, d };
	}
	return best && best.d <= Math.max(3, best.slug.length / 3) ? best.slug : undefined;
}
