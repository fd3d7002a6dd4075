// A guide or other MDX page as Markdown: its own text, with each component the page renders from the content
// written out from the same content (examples, messages, tables, links). Components that only make sense
// interactively (diagrams, error-handling snippets) are replaced by a pointer to the page.
import { errorByCode, operationBySlug, type Catalog, type ErrorFamily } from '../../content-model/index.ts';
import { documentedCall, failedMessage, hasCallOn, kotlinExample, messageJson, resultEvent, successMessage, swiftExample } from '../../generators/index.ts';
import { routes, withBase } from '../paths.ts';
import { fieldTable } from './fields.ts';
import { code, contentMarkdown, doc, fence, table, twinPath } from './markdown.ts';

/** Props written as `name="text"`, `name={123}` or a bare `name` (true). */
function props(text: string): Record<string, string | number | boolean> {
	const out: Record<string, string | number | boolean> = {};
	for (const m of text.matchAll(/([A-Za-z]+)(?:=(?:"([^"]*)"|\{(\d+)\}|\{[^}]*\}+))?/g)) {
		const [, name = '', str, num] = m;
		out[name] = str ?? (num !== undefined ? Number(num) : true);
	}
	return out;
}

function component(catalog: Catalog, name: string, p: Record<string, string | number | boolean>, pagePath: string): string {
	const op = typeof p.slug === 'string' ? operationBySlug(catalog, p.slug) : undefined;
	const opLink = op && `[${code(op.title)}](${withBase(twinPath(routes.operation(op.slug)))})`;
	switch (name) {
		case 'OperationLink':
			return opLink ?? '';
		case 'ErrorRef': {
			const c = Number(p.code);
			const label = p.label === true ? ` ("${errorByCode(catalog, c).label}")` : '';
			return `[${code(String(c))}](${withBase(twinPath(routes.errors()))}#${c})${label}`;
		}
		case 'CallExample': {
			if (!op) return '';
			const call = documentedCall(op);
			const blocks = [hasCallOn(call, 'android') && fence('kotlin', kotlinExample(call)), hasCallOn(call, 'ios') && fence('swift', swiftExample(call))];
			return `\n\n${blocks.filter(Boolean).join('\n\n')}\n\n`;
		}
		case 'MessageExample': {
			if (!op) return '';
			const m = p.message === 'succeeded' ? successMessage(op) : p.message === 'result' ? resultEvent(op) : failedMessage(catalog, op, Number(p.message));
			return `\n\n${fence('json', messageJson(m))}\n\n`;
		}
		case 'ParameterTable':
			return op ? `\n\n${fieldTable(p.kind === 'output' ? op.output : op.parameters, p.kind === 'output' ? 'output' : 'parameters')}\n\n` : '';
		case 'ErrorFamilyTable': {
			const entries = catalog.errors.filter((e) => (p.templated ? e.placeholders.length > 0 : e.family === (p.family as ErrorFamily)));
			return `\n\n${table(
				['Code', 'Label'],
				entries.map((e) => [`[${e.code}](${withBase(twinPath(routes.errors()))}#${e.code})`, e.label]),
			)}\n\n`;
		}
		case 'LinkCard':
			return `- [${String(p.title)}](${withBase(`/${String(p.href).replace(/\/$/, '')}.md`).replace(/\/index\.md$/, '/index.md')})${p.description ? `: ${String(p.description)}` : ''}`;
		default:
			return `\n\n(${name === 'SequenceDiagram' ? 'A sequence diagram' : 'An example'} is shown on [the page](${withBase(pagePath)}).)\n\n`;
	}
}

/** `source` is the MDX file; `title` and `description` its frontmatter; `pagePath` the page's path, e.g. `/guides/subscriptions/`. */
export function docsMarkdown(catalog: Catalog, source: string, title: string, description: string | undefined, pagePath: string): string {
	let body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
	body = body.replace(/^(import|export) .*$/gm, '');
	// `<Card title="x" icon="y">text</Card>` keeps its text under a bold title; grids only group cards.
	body = body.replace(/<Card\s+title="([^"]*)"[^>]*>([\s\S]*?)<\/Card>/g, (_m, t: string, text: string) => `**${t}**: ${text.replace(/\s+/g, ' ').trim()}\n`);
	body = body.replace(/<\/?CardGrid>/g, '');
	body = body.replace(/<([A-Z][A-Za-z]+)((?:[^>"{]|"[^"]*"|\{[^}]*\}+)*)\/>/g, (_m, name: string, attrs: string) => component(catalog, name, props(attrs), pagePath));
	body = body.replace(/^\t+/gm, '').replace(/\n{3,}/g, '\n\n');
	// Links written relative to the page are made absolute: the twin sits one folder higher than the page.
	body = body.replace(/\]\((\.{1,2}\/[^)\s]*)\)/g, (_m, href: string) => `](${new URL(href, `http://site${withBase(pagePath)}`).pathname})`);
	return doc(`# ${title}`, description && `> ${description}`, contentMarkdown(body));
}
