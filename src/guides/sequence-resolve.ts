// Checks a sequence spec against the catalogue (every slug, participant and error code) and numbers its messages.
import { errorByCode, operationBySlug, type Catalog, type Method, type Operation } from '../content-model/catalog.ts';
import type { AnswerStep, ExpectedMessage, LabelLine, ResolvedSequence, ResolvedStep, SectionStep, SequenceSpec, Step } from './sequence-spec.ts';

const METHOD_WORD: Record<Method, string> = { get: 'GET', set: 'SET', subscribe: 'SUBSCRIBE', lifecycle: 'CALL' };

/** The console's name of the call an operation answers: `SUBSCRIBE vehicle.signal`, `SET vehicle.command - doors`. */
export function consoleCallName(op: Operation): string {
	return `${METHOD_WORD[op.method]} ${op.title.replace(/^pims\./, '')}`;
}

function expectedAnswer(op: Operation, outcome: AnswerStep['outcome']): ExpectedMessage {
	const call = consoleCallName(op);
	if (typeof outcome === 'number') return { call, status: 'FAILED', code: outcome };
	return { call, status: outcome === 'result' ? 'RESULT' : 'SUCCEEDED' };
}

/** What the answer carries, in a few words: the fields always present, with their values when there are few. */
function outputSummary(op: Operation): string {
	return op.output
		.filter((f) => f.required)
		.map((f) => (f.values && f.values.length <= 3 ? `${f.name} ${f.values.map((v) => String(v.value)).join(' or ')}` : f.name))
		.join(', ');
}

function answerSummary(catalog: Catalog, op: Operation, outcome: AnswerStep['outcome']): string {
	if (typeof outcome === 'number') {
		if (!op.errors.includes(outcome)) throw new Error(`${op.slug} does not document error ${outcome}`);
		return `FAILED ${outcome}: ${errorByCode(catalog, outcome).label}`;
	}
	if (outcome === 'result') {
		if (op.method !== 'subscribe') throw new Error(`${op.slug} is not a subscription, so it sends no RESULT events`);
		return `RESULT: ${outputSummary(op)}`;
	}
	const carries = op.method === 'subscribe' ? '' : outputSummary(op);
	return carries ? `SUCCEEDED: ${carries}` : 'SUCCEEDED';
}

const isSection = (s: Step): s is SectionStep => 'section' in s;

/** Checks the spec against the catalogue (every slug, participant and error code) and numbers the messages. Throws on the first problem. */
export function resolveSequence(catalog: Catalog, spec: SequenceSpec): ResolvedSequence {
	const where = `sequence diagram ${JSON.stringify(spec.id)}`;
	if (!/^[a-z][a-z0-9-]*$/.test(spec.id)) throw new Error(`${where}: id must be lower-case letters, digits and hyphens`);
	if (!spec.title?.trim() || !spec.description?.trim()) throw new Error(`${where}: needs a title and a description`);
	if (spec.participants.length < 2) throw new Error(`${where}: needs at least two participants`);
	const ids = spec.participants.map((p) => p.id);
	if (new Set(ids).size !== ids.length) throw new Error(`${where}: participant ids must be unique`);
	const lane = (id: string, i: number): number => {
		const at = ids.indexOf(id);
		if (at < 0) throw new Error(`${where}, step ${i + 1}: no participant has the id ${JSON.stringify(id)}`);
		return at;
	};
	let n = 0;
	let group = 0;
	let inRun = true;
	const steps = spec.steps.map((step, i): ResolvedStep => {
		if (isSection(step)) {
			inRun = step.alt !== true;
			return { kind: 'section', text: step.section };
		}
		const from = lane(step.from, i);
		const to = lane(step.to, i);
		if (from === to) throw new Error(`${where}, step ${i + 1}: from and to are the same participant`);
		n += 1;
		const alt = 'alt' in step && step.alt === true;
		if (alt && n === 1) throw new Error(`${where}, step ${i + 1}: the first message cannot be an alternative`);
		if (!alt) group += 1;
		const place = { group, inRun };
		const extra: LabelLine[] = step.text?.trim() ? [{ text: step.text.trim(), kind: 'note' }] : [];
		// One message of the diagram: a call (solid) or an answer (dashed), its numbered head line, then the step's note.
		const message = (role: 'call' | 'answer', head: string, op: Operation, summary: string, expect?: ExpectedMessage, detail: LabelLine[] = []): ResolvedStep => ({
			kind: 'message',
			role,
			n,
			from,
			to,
			dashed: role === 'answer',
			lines: [{ text: `${n}. ${head}`, kind: 'head' }, ...detail, ...extra],
			op: { slug: op.slug, title: op.title, method: op.method },
			summary,
			text: step.text,
			...(expect ? { expect } : {}),
			...place,
		});
		try {
			if ('call' in step) {
				const op = operationBySlug(catalog, step.call);
				const word = METHOD_WORD[op.method];
				const name = op.method === 'lifecycle' ? `${op.api}()` : op.api;
				const disc: LabelLine[] = op.discriminator ? [{ text: `${op.discriminator.parameter}: ${op.discriminator.value}`, kind: 'detail' }] : [];
				return message('call', `${word} ${name}`, op, word, undefined, disc);
			}
			if ('answer' in step) {
				const op = operationBySlug(catalog, step.answer);
				const summary = answerSummary(catalog, op, step.outcome);
				return message('answer', summary, op, summary, expectedAnswer(op, step.outcome));
			}
			if ('unsubscribe' in step || 'unsubscribed' in step) {
				const slug = 'unsubscribe' in step ? step.unsubscribe : step.unsubscribed;
				const op = operationBySlug(catalog, slug);
				if (op.method !== 'subscribe') throw new Error(`${slug} is not a subscription, so there is nothing to unsubscribe from`);
				if ('unsubscribe' in step) return message('call', `UNSUBSCRIBE ${op.api}`, op, 'UNSUBSCRIBE');
				return message('answer', 'SUCCEEDED', op, 'SUCCEEDED', { call: `UNSUBSCRIBE ${op.api.replace(/^pims\./, '')}`, status: 'SUCCEEDED' });
			}
		} catch (error) {
			throw new Error(`${where}, step ${i + 1}: ${(error as Error).message}`, { cause: error });
		}
		if (!step.text?.trim()) throw new Error(`${where}, step ${i + 1}: a step needs call, answer or text`);
		return { kind: 'message', role: 'text', n, from, to, dashed: step.reply === true, lines: [{ text: `${n}. ${step.text.trim()}`, kind: 'head' }], summary: step.text.trim(), ...place };
	});
	if (n === 0) throw new Error(`${where}: has no messages`);
	return { id: spec.id, title: spec.title, description: spec.description, participants: spec.participants, steps, preset: spec.preset };
}
