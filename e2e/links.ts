// Reads every HTML page of a build and checks that each internal link leads to a page, and each #anchor to an id on it.
// The build's links validator (starlight-links-validator, astro.config.mjs) checks only the guides' absolute links and
// same-page anchors: this covers what it cannot see, the guides' relative links, the links that components and
// generators write (operation pages, error tables, anchors to error codes) and pages outside Starlight's content.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from '../src/site/html-files.ts';

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x22;|&quot;/g, '"');

export function checkLinks(dist: string, base: string): { pages: string[]; broken: string[] } {
	const files = htmlFiles(dist);
	const urlOf = (file: string) =>
		base +
		relative(dist, file)
			.split('\\')
			.join('/')
			.replace(/index\.html$/, '')
			.replace(/\.html$/, '/');
	const ids = new Map<string, Set<string>>();
	const html = new Map<string, string>();
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		html.set(urlOf(file), text);
		ids.set(urlOf(file), new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? ''))));
	}
	const fileFor = (path: string) => {
		if (!path.startsWith(base)) return undefined;
		const rel = decodeURIComponent(path.slice(base.length));
		const candidates = [join(dist, rel), join(dist, rel, 'index.html')];
		return candidates.find((c) => existsSync(c) && statSync(c).isFile());
	};
	const broken: string[] = [];
	for (const [page, text] of html) {
		if (page === `${base}404/`) continue;
		for (const m of text.matchAll(/\shref="([^"]+)"/g)) {
			const href = decode(m[1] ?? '');
			if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
			const url = new URL(href, `http://site${page}`);
			if (!fileFor(url.pathname)) {
				broken.push(`${page} -> ${href} (no such page)`);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && anchor !== '_top' && !anchor.startsWith('try=') && !ids.get(url.pathname)?.has(anchor)) broken.push(`${page} -> ${href} (no such anchor)`);
		}
	}
	return { pages: [...html.keys()], broken };
}
