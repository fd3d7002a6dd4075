// What the editor's completion and hover say about a `pims` call, built from the catalogue: the
// operations' summaries, parameters (with their descriptions), allowed values, ranges and errors.
// Shipped with the full editor (console-editor.json), not with the console's runtime data.
import type { ErrorEntry, Field, Operation } from '../../content-model/catalog.ts';
import type { CallContext, CallMethod } from './call-context.ts';

export type HelpOperation = Pick<Operation, 'slug' | 'api' | 'method' | 'title' | 'summary' | 'since' | 'errors' | 'parameters'>;

export interface EditorHelp {
	operations: HelpOperation[];
	errors: Array<Pick<ErrorEntry, 'code' | 'label'>>;
}

/** The slice of the catalogue the editor's help needs. */
export function editorHelp(catalog: { operations: Operation[]; errors: ErrorEntry[] }): EditorHelp {
	return {
		operations: catalog.operations
			.filter((o) => o.method !== 'lifecycle')
			.map(({ slug, api, method, title, summary, since, errors, parameters }) => ({ slug, api, method, title, summary, since, errors, parameters })),
		errors: catalog.errors.map(({ code, label }) => ({ code, label })),
	};
}

/** Builds a reference page's address from its slug. */
export type PageUrl = (slug: string) => string;

/** The operations an API name stands for under a method (unsubscribe takes the subscriptions' names). */
export function operationsOf(help: EditorHelp, method: CallMethod, api: string): HelpOperation[] {
	const m = method === 'unsubscribe' ? 'subscribe' : method;
	return help.operations.filter((o) => o.method === m && o.api === api);
}

/** The APIs a method accepts, in catalogue order. */
export function apisOf(help: EditorHelp, method: CallMethod): string[] {
	const m = method === 'unsubscribe' ? 'subscribe' : method;
	return [...new Set(help.operations.filter((o) => o.method === m).map((o) => o.api))];
}

function fieldsAt(op: HelpOperation, path: string[]): Field[] | undefined {
	let fields: Field[] | undefined = op.parameters;
	for (const key of path) fields = fields?.find((f) => f.name === key)?.fields;
	return fields;
}

/** The operations the values already written still allow (all of them when none fits). */
function narrowed(ops: HelpOperation[], path: string[], given: Record<string, string>): HelpOperation[] {
	if (path.length > 0) return ops;
	const fits = ops.filter((op) =>
		Object.entries(given).every(([key, value]) => {
			const values = op.parameters.find((f) => f.name === key)?.values;
			return !values || values.some((v) => String(v.value) === value);
		}),
	);
	return fits.length ? fits : ops;
}

const code = (v: unknown) => `\`${typeof v === 'string' ? JSON.stringify(v) : String(v)}\``;

export function typeText(f: Field): string {
	if (f.type === 'array') return `array of ${f.items ?? 'values'}`;
	if (f.type === 'context') return 'Android Context (pass nothing here)';
	return f.type;
}

function link(op: HelpOperation, pageUrl: PageUrl): string {
	return `[Reference: ${op.title}](${pageUrl(op.slug)})`;
}

function operationCard(help: EditorHelp, op: HelpOperation, pageUrl: PageUrl): string {
	const errors = op.errors.map((c) => `${code(c)} ${help.errors.find((e) => e.code === c)?.label ?? ''}`.trim());
	return [`**${op.title}** (${op.method}), since v${op.since}`, op.summary, errors.length ? `Errors: ${errors.join(' · ')}` : 'Errors: none documented.', link(op, pageUrl)].join('\n\n');
}

/** Hover and completion text for an API name: each operation behind it. */
export function apiText(help: EditorHelp, method: CallMethod, api: string, pageUrl: PageUrl): string | undefined {
	const ops = operationsOf(help, method, api);
	if (ops.length === 0) return undefined;
	return ops.map((op) => operationCard(help, op, pageUrl)).join('\n\n---\n\n');
}

/** One line naming what an API name covers, for the completion list. */
export function apiDetail(help: EditorHelp, method: CallMethod, api: string): string {
	const ops = operationsOf(help, method, api);
	return ops.length === 1 ? ops[0]!.summary : `${ops.length} operations: ${ops.map((o) => o.title.split(' - ')[1] ?? o.title).join(', ')}`;
}

type ParamContext = Extract<CallContext, { kind: 'key' | 'value' }>;

/** The parameter a key names, in the operations the call can still be, with the operation of each. */
export function fieldsNamed(help: EditorHelp, where: ParamContext, key: string): Array<{ op: HelpOperation; field: Field }> {
	if (where.api === undefined) return [];
	const ops = narrowed(operationsOf(help, where.method, where.api), where.path, where.given);
	return ops.flatMap((op) => {
		const field = fieldsAt(op, where.path)?.find((f) => f.name === key);
		return field ? [{ op, field }] : [];
	});
}

/** Hover and completion text for a parameter: type, need, description, values, range, example, page. */
export function keyText(help: EditorHelp, where: ParamContext, key: string, pageUrl: PageUrl): string | undefined {
	// A discriminator's own value does not narrow it: its hover lists every choice.
	const { [key]: _own, ...others } = where.given;
	const found = fieldsNamed(help, { ...where, given: others }, key);
	const first = found[0];
	if (!first) return undefined;
	const f = first.field;
	const parts = [`**${f.name}**: ${typeText(f)}, ${f.required ? 'required' : 'optional'}`, f.description];
	const values = found.flatMap(({ op, field }) => (field.values ?? []).map((v) => ({ v, op })));
	const seen = new Set<string>();
	const lines = values.filter(({ v }) => !seen.has(String(v.value)) && seen.add(String(v.value)));
	const selects = found.length > 1 && lines.length === found.length;
	if (lines.length) parts.push(`Values:\n${lines.map(({ v, op }) => `- ${code(v.value)}${v.description ? `: ${v.description}` : ''}${selects ? ` (${op.title})` : ''}`).join('\n')}`);
	if (f.minimum !== undefined || f.maximum !== undefined) parts.push(`Range: ${f.minimum ?? 'no minimum'} to ${f.maximum ?? 'no maximum'}${f.unit ? ` ${f.unit}` : ''}.`);
	else if (f.unit) parts.push(`Unit: ${f.unit}.`);
	if (f.example !== undefined) parts.push(`Example: ${code(f.example)}`);
	parts.push([...new Set(found.map(({ op }) => link(op, pageUrl)))].join(' · '));
	return parts.join('\n\n');
}

/** The allowed values of the key a string value belongs to, each with its description and the operation it is part of. */
export function valuesFor(help: EditorHelp, where: ParamContext): Array<{ value: string; description?: string; op: HelpOperation }> {
	const seen = new Set<string>();
	return fieldsNamed(help, { ...where, given: {} }, where.key).flatMap(({ op, field }) =>
		(field.values ?? []).flatMap((v) => (typeof v.value === 'string' && !seen.has(v.value) && seen.add(v.value) ? [{ value: v.value, description: v.description, op }] : [])),
	);
}

/** Hover text for a string value: what it means, and the operation it selects when it is a discriminator. */
export function valueText(help: EditorHelp, where: ParamContext, pageUrl: PageUrl): string | undefined {
	const all = valuesFor(help, where);
	const hit = all.find((v) => v.value === where.value);
	if (!hit) return undefined;
	const discriminates = new Set(all.map((v) => v.op.slug)).size > 1;
	const head = `${code(hit.value)} for **${where.key}**${hit.description ? `: ${hit.description}` : ''}`;
	return discriminates ? [head, operationCard(help, hit.op, pageUrl)].join('\n\n') : [head, link(hit.op, pageUrl)].join('\n\n');
}
