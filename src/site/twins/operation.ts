// An operation page as Markdown, generated from the content like the page itself.
import { correctionsFor } from '../../content-model/correction-rules.ts';
import { componentByTag, effectiveSecurity, errorByCode, operationBySlug, type Catalog, type Operation } from '../../content-model/index.ts';
import type { Correction } from '../../content-model/schemas/correction.ts';
import { documentedCall, failedMessage, hasCallOn, kotlinExample, messageJson, resultEvent, successMessage, swiftExample } from '../../generators/index.ts';
import { securityText } from '../labels.ts';
import { PLATFORM_LABEL } from '../platforms.ts';
import { routes, withBase } from '../paths.ts';
import { METHOD_BADGE } from '../sidebar.ts';
import { fieldTable } from './fields.ts';
import { code, contentMarkdown, doc, fence, table, twinPath } from './markdown.ts';
import { simulatorMarkdown } from './simulator.ts';

export function operationHeading(op: Operation): string {
	return `${METHOD_BADGE[op.method].text} ${op.title}`;
}

function meta(catalog: Catalog, corrections: Correction[], op: Operation): string {
	const components = op.components.map((t) => componentByTag(catalog, t)).map((c) => `[${c.tag} (${c.name})](${withBase(twinPath(routes.component(c.tag)))})`);
	const corrected = correctionsFor(corrections, op.slug).length;
	return [
		`- Available since: v${op.since}`,
		`- Last update: v${op.lastUpdate}`,
		`- Component: ${components.join(', ')}`,
		`- Security: ${securityText(effectiveSecurity(catalog, op))}`,
		op.platform && `- Platform: ${PLATFORM_LABEL[op.platform.only]} only. ${op.platform.reason}`,
		corrected > 0 &&
			`- Corrected: ${corrected === 1 ? 'one point differs' : `${corrected} points differ`} from the published reference, see [corrections](${withBase(twinPath(routes.corrections()))}#${op.slug})`,
	]
		.filter(Boolean)
		.join('\n');
}

function messages(catalog: Catalog, op: Operation): string {
	const parts = ['### Succeeded', fence('json', messageJson(successMessage(op)))];
	if (op.method === 'subscribe') parts.push('### Result events', fence('json', messageJson(resultEvent(op))));
	parts.push('### Failed');
	if (op.errors.length === 0) parts.push('No error is documented for this operation.');
	for (const c of op.errors) parts.push(`#### ${c} · ${errorByCode(catalog, c).label}`, fence('json', messageJson(failedMessage(catalog, op, c))));
	return parts.join('\n\n');
}

/** The whole page: facts, tables, both platforms' examples, every message and the simulator's behaviour. */
export function operationMarkdown(catalog: Catalog, corrections: Correction[], op: Operation): string {
	const call = documentedCall(op);
	const related = op.related.map((s) => operationBySlug(catalog, s));
	const outputTitle = op.method === 'subscribe' ? 'Event data' : 'Output';
	return doc(
		`# ${operationHeading(op)}`,
		`> ${op.summary}`,
		meta(catalog, corrections, op),
		contentMarkdown(op.description),
		op.notes.length > 0 && `Notes:\n\n${op.notes.map((n) => `- ${contentMarkdown(n)}`).join('\n')}`,
		'## Parameters',
		op.parameters.length ? fieldTable(op.parameters, 'parameters') : 'No parameters.',
		`## ${outputTitle}`,
		op.output.length ? fieldTable(op.output, 'output') : 'No output: a successful call carries no data.',
		'## Errors',
		op.errors.length
			? table(
					['Code', 'Label'],
					op.errors.map((c) => [`[${c}](${withBase(twinPath(routes.errors()))}#${c})`, errorByCode(catalog, c).label]),
				)
			: 'No error is documented for this operation.',
		'## Examples',
		'### Android (Kotlin)',
		hasCallOn(call, 'android') ? fence('kotlin', kotlinExample(call)) : 'The Android SDK has no such call.',
		'### iOS (Swift)',
		hasCallOn(call, 'ios') ? fence('swift', swiftExample(call)) : 'The iOS SDK has no such call.',
		'## Messages',
		messages(catalog, op),
		'## In the simulator',
		simulatorMarkdown(catalog, op),
		related.length > 0 && `## Related\n\n${related.map((r) => `- [${code(r.title)}](${withBase(twinPath(routes.operation(r.slug)))}): ${r.summary}`).join('\n')}`,
	);
}
