// The guides' sidebar entries, read from the frontmatter of content/docs/guides/*.mdx. Starlight's
// autogenerate only looks inside src/content/docs, and the guides live beside the rest of the content.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface GuideLink {
	label: string;
	link: string;
	order: number;
}

export function readGuides(root: string): GuideLink[] {
	const dir = join(root, 'content', 'docs', 'guides');
	return readdirSync(dir)
		.filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
		.map((f) => {
			const text = readFileSync(join(dir, f), 'utf8');
			const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
			const data = (front ? parse(front) : {}) as { title?: string; sidebar?: { order?: number; label?: string } };
			if (!data.title) throw new Error(`content/docs/guides/${f}: title: is required`);
			return { label: data.sidebar?.label ?? data.title, link: `/guides/${f.replace(/\.mdx?$/, '')}/`, order: data.sidebar?.order ?? 99 };
		})
		.sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
}
