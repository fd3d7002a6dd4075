// "Run this flow": a guide's sequence diagram turned into console code. Every call of the diagram becomes
// the documented call (with the step's own params, if any), every RESULT it shows becomes a wait for the next
// event of that subscription, and everything else becomes a comment numbered as in the diagram.
import { operationBySlug, type Catalog } from '../content-model/catalog.ts';
import { overrideCall } from './call-override.ts';
import { resolveSequence } from './sequence-resolve.ts';
import type { ResolvedMessage, SequenceSpec, Step } from './sequence-spec.ts';
import { jsLiteral } from '../generators/javascript.ts';
import { INDENT } from '../generators/literal.ts';

const HELPERS = `// RESULT events wait here until the flow asks for the next one of their subscription.
const queued = {};
const waiting = {};
const onEvent = (api) => (message) => {
${INDENT}if (message.status !== 'RESULT') return;
${INDENT}const resolve = waiting[api]?.shift();
${INDENT}if (resolve) resolve(message);
${INDENT}else (queued[api] ??= []).push(message);
};
const nextEvent = (api) =>
${INDENT}queued[api]?.length ? Promise.resolve(queued[api].shift()) : new Promise((resolve) => (waiting[api] ??= []).push(resolve));
`;

const str = (s: string) => JSON.stringify(s);
const commented = (code: string) => code.replace(/^/gm, '// ');

/** The call a step makes, as one statement. `subscribed` holds the APIs the flow already listens to. */
function callCode(catalog: Catalog, step: Step, subscribed: Set<string>): string | undefined {
	if ('unsubscribe' in step) return `await pims.unsubscribe(${str(operationBySlug(catalog, step.unsubscribe).api)});`;
	if (!('call' in step)) return undefined;
	const op = operationBySlug(catalog, step.call);
	const call = overrideCall(op, { params: step.params });
	const params = call.params ? jsLiteral(call.params) : undefined;
	if (op.method === 'lifecycle') return `await pims.${call.name}(${params ?? ''});`;
	if (op.method !== 'subscribe') return `await pims.${op.method}(${str(op.api)}${params ? `, ${params}` : ''});`;
	// The first subscription to an API gets the callback that hands its events on; a repeated one is
	// there to show its own answer.
	if (subscribed.has(op.api)) return `await pims.subscribe(${str(op.api)}${params ? `, ${params}` : ''});`;
	subscribed.add(op.api);
	return `await pims.subscribe(${str(op.api)}, ${params ?? 'undefined'}, onEvent(${str(op.api)}));`;
}

function heading(m: ResolvedMessage, names: string[]): string {
	const head = m.lines
		.filter((l) => l.kind !== 'note')
		.map((l) => l.text.trim())
		.join(', ');
	const who = m.role === 'text' ? ` (${names[m.from]} to ${names[m.to]})` : '';
	return `// ${head}${m.text ? `: ${m.text}` : ''}${who}`;
}

/** The flow's code for the console. Throws, naming the diagram, when a step's params are not valid. */
export function flowCode(catalog: Catalog, spec: SequenceSpec, presetLabel?: string): string {
	const seq = resolveSequence(catalog, spec);
	const names = seq.participants.map((p) => p.label);
	const messages = seq.steps.filter((s): s is ResolvedMessage => s.kind === 'message');
	const listens = spec.steps.some((s) => 'call' in s && operationBySlug(catalog, s.call).method === 'subscribe');
	const out: string[] = [`// Run this flow: ${seq.title}`, `// Made from the guide's diagram; the comments are its steps, numbered as there.`];
	if (presetLabel) out.push(`// The simulator starts from the preset "${presetLabel}".`);
	if (listens) out.push('', HELPERS.trimEnd());
	const subscribed = new Set<string>();
	let m = 0;
	for (const [i, step] of spec.steps.entries()) {
		const resolved = seq.steps[i];
		if (!resolved) continue;
		if (resolved.kind === 'section') {
			out.push('', `// ${resolved.text}${'alt' in step && step.alt ? ' (another path: not run here)' : ''}`);
			continue;
		}
		const message = messages[m++]!;
		out.push(heading(message, names));
		const code = callCode(catalog, step, message.inRun && !('alt' in step && step.alt) ? subscribed : new Set());
		const runs = message.inRun && !('alt' in step && step.alt === true);
		if (code) out.push(runs ? code : commented(`${message.inRun ? 'or: ' : ''}${code}`));
		if (runs && 'answer' in step && step.outcome === 'result') out.push(`await nextEvent(${str(operationBySlug(catalog, step.answer).api)});`);
	}
	return `${out.join('\n')}\n`;
}
