// Sequence diagrams for guides: a small spec (participants and steps naming operations by slug) is checked
// against the catalogue, then laid out as SVG geometry. Pure: no DOM, no Astro.
import { errorByCode, operationBySlug, type Catalog, type Method, type Operation } from '../../content-model/catalog.ts';
import type { Json } from '../../sdk/index.ts';

export interface Participant {
	/** Key that steps use in `from` and `to`, e.g. `app`. */
	id: string;
	/** Name in the diagram's header, e.g. `User's phone`. */
	label: string;
	/** Shorter name for narrow screens, e.g. `Phone`. */
	short?: string;
}

/** A band that starts a part of the sequence. */
export interface SectionStep {
	section: string;
	/** Another path than the one before it: drawn, but "Run this flow" leaves its steps out. */
	alt?: boolean;
}
/** A call of an operation, labelled with its method, API name and subname. */
export interface CallStep {
	from: string;
	to: string;
	call: string;
	/** An extra line, such as the parameters that matter, e.g. `phoneNumber`. */
	text?: string;
	/** Parameters that differ from the documented example, for "Run this flow". */
	params?: { [key: string]: Json };
	/** Another call in place of the one before it: "Run this flow" shows it as a comment. */
	alt?: boolean;
}
/** The message an operation answers with: its SUCCEEDED or RESULT message, or FAILED with a code it documents. */
export interface AnswerStep {
	from: string;
	to: string;
	answer: string;
	outcome: 'succeeded' | 'result' | number;
	text?: string;
	/** Another answer in place of the one before it: a run gives one of them. */
	alt?: boolean;
}
/** pims.unsubscribe for the API of a subscription (named by its slug), and its SUCCEEDED answer. */
export interface UnsubscribeStep {
	from: string;
	to: string;
	unsubscribe: string;
	text?: string;
}
export interface UnsubscribedStep {
	from: string;
	to: string;
	unsubscribed: string;
	text?: string;
}
/** Anything else that travels between participants, such as an SMS. */
export interface TextStep {
	from: string;
	to: string;
	text: string;
	/** Draw it dashed, as an answer. */
	reply?: boolean;
}
export type Step = SectionStep | CallStep | AnswerStep | UnsubscribeStep | UnsubscribedStep | TextStep;

export interface SequenceSpec {
	/** Unique on the page; prefixes the ids of the diagram's title and description. */
	id: string;
	title: string;
	description: string;
	participants: Participant[];
	steps: Step[];
	/** The simulator preset the flow starts from, for "Run this flow" (the console's default otherwise). */
	preset?: string;
}

const METHOD_WORD: Record<Method, string> = { get: 'GET', set: 'SET', subscribe: 'SUBSCRIBE', lifecycle: 'CALL' };

export interface ResolvedMessage {
	kind: 'message';
	/** A call of an operation, its answer, or anything else. */
	role: 'call' | 'answer' | 'text';
	/** 1-based number shown in the diagram and in the list. */
	n: number;
	from: number;
	to: number;
	/** Answers are drawn dashed, like returns in UML. */
	dashed: boolean;
	/** The label's lines, before wrapping: what is sent, then the subname, then the guide's note. */
	lines: LabelLine[];
	/** For the text alternative. */
	op?: { slug: string; title: string; method: Method };
	/** What the step says, without the operation's title: `GET`, `FAILED 2307: User dont have a phone number`, the text. */
	summary: string;
	text?: string | undefined;
	/** For the messages the app receives: what the console's log shows for it. */
	expect?: ExpectedMessage;
	/** An alternative to the message before it (same `group`), or on an alternative path (`inRun` false). */
	group: number;
	inRun: boolean;
}
/** A message as the console names it: the call it answers (`SET vehicle.command - doors`), its status and code. */
export interface ExpectedMessage {
	call: string;
	status: 'SUCCEEDED' | 'FAILED' | 'RESULT';
	code?: number;
}
export interface LabelLine {
	text: string;
	kind: 'head' | 'detail' | 'note';
}

export interface ResolvedSection {
	kind: 'section';
	text: string;
}
export type ResolvedStep = ResolvedMessage | ResolvedSection;

export interface ResolvedSequence {
	id: string;
	title: string;
	description: string;
	participants: Participant[];
	steps: ResolvedStep[];
	preset?: string | undefined;
}

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
		try {
			if ('call' in step) {
				const op = operationBySlug(catalog, step.call);
				const word = METHOD_WORD[op.method];
				const name = op.method === 'lifecycle' ? `${op.api}()` : op.api;
				const disc: LabelLine[] = op.discriminator ? [{ text: `${op.discriminator.parameter}: ${op.discriminator.value}`, kind: 'detail' }] : [];
				const lines: LabelLine[] = [{ text: `${n}. ${word} ${name}`, kind: 'head' }, ...disc, ...extra];
				return { kind: 'message', role: 'call', n, from, to, dashed: false, lines, op: { slug: op.slug, title: op.title, method: op.method }, summary: word, text: step.text, ...place };
			}
			if ('answer' in step) {
				const op = operationBySlug(catalog, step.answer);
				const summary = answerSummary(catalog, op, step.outcome);
				const expect = expectedAnswer(op, step.outcome);
				return { kind: 'message', role: 'answer', n, from, to, dashed: true, lines: [{ text: `${n}. ${summary}`, kind: 'head' }, ...extra], op: { slug: op.slug, title: op.title, method: op.method }, summary, text: step.text, expect, ...place };
			}
			if ('unsubscribe' in step || 'unsubscribed' in step) {
				const slug = 'unsubscribe' in step ? step.unsubscribe : step.unsubscribed;
				const op = operationBySlug(catalog, slug);
				if (op.method !== 'subscribe') throw new Error(`${slug} is not a subscription, so there is nothing to unsubscribe from`);
				const ref = { slug: op.slug, title: op.title, method: op.method };
				if ('unsubscribe' in step) {
					return { kind: 'message', role: 'call', n, from, to, dashed: false, lines: [{ text: `${n}. UNSUBSCRIBE ${op.api}`, kind: 'head' }, ...extra], op: ref, summary: 'UNSUBSCRIBE', text: step.text, ...place };
				}
				const expect: ExpectedMessage = { call: `UNSUBSCRIBE ${op.api.replace(/^pims\./, '')}`, status: 'SUCCEEDED' };
				return { kind: 'message', role: 'answer', n, from, to, dashed: true, lines: [{ text: `${n}. SUCCEEDED`, kind: 'head' }, ...extra], op: ref, summary: 'SUCCEEDED', text: step.text, expect, ...place };
			}
		} catch (error) {
			throw new Error(`${where}, step ${i + 1}: ${(error as Error).message}`);
		}
		if (!step.text?.trim()) throw new Error(`${where}, step ${i + 1}: a step needs call, answer or text`);
		return { kind: 'message', role: 'text', n, from, to, dashed: step.reply === true, lines: [{ text: `${n}. ${step.text.trim()}`, kind: 'head' }], summary: step.text.trim(), ...place };
	});
	if (n === 0) throw new Error(`${where}: has no messages`);
	return { id: spec.id, title: spec.title, description: spec.description, participants: spec.participants, steps, preset: spec.preset };
}

/**
 * Wraps text to lines of at most `max` characters, breaking at spaces; a word longer than a line is broken
 * after its last `.` or `-` that fits, or else at the limit.
 */
export function wrapText(text: string, max: number): string[] {
	if (max < 1) throw new Error('max must be at least 1');
	// Pieces of a word broken in two are glued back without a space when they share a line.
	const pieces: Array<{ text: string; glue: boolean }> = [];
	for (let word of text.split(/\s+/).filter(Boolean)) {
		let glue = false;
		while (word.length > max) {
			const cut = Math.max(word.lastIndexOf('.', max - 1), word.lastIndexOf('-', max - 1));
			const at = cut > 0 ? cut + 1 : max;
			pieces.push({ text: word.slice(0, at), glue });
			word = word.slice(at);
			glue = true;
		}
		pieces.push({ text: word, glue });
	}
	const lines: string[] = [];
	for (const piece of pieces) {
		const last = lines.at(-1);
		const joined = last === undefined ? undefined : piece.glue ? last + piece.text : `${last} ${piece.text}`;
		if (joined !== undefined && joined.length <= max) lines[lines.length - 1] = joined;
		else lines.push(piece.text);
	}
	return lines;
}

export interface LayoutOptions {
	/** Width of the viewBox, in px at scale 1. */
	width: number;
	fontSize: number;
	/** Use participants' short names. */
	compact?: boolean;
}

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}
export interface LaidOutLane {
	x: number;
	label: string;
	box: Box;
}
export interface LaidOutMessage {
	kind: 'message';
	n: number;
	x1: number;
	x2: number;
	/** Where the line ends, short of the arrowhead. */
	lineEnd: number;
	y: number;
	dashed: boolean;
	/** The arrowhead's triangle, as an SVG points list. */
	head: string;
	label: { x: number; baselines: number[]; lines: LabelLine[]; box: Box };
}
export interface LaidOutSection {
	kind: 'section';
	text: string;
	box: Box;
	baseline: number;
}
export interface SequenceLayout {
	width: number;
	height: number;
	fontSize: number;
	lineHeight: number;
	lanes: LaidOutLane[];
	lifeline: { top: number; bottom: number };
	rows: Array<LaidOutMessage | LaidOutSection>;
}

/** Average advance of a monospace character, in em. */
export const MONO_CHAR_EM = 0.6;
const MARGIN = 6;
const PAD = 4;
const HEAD = 8;
/** A label is wrapped to its arrow's length unless that leaves fewer characters per line than this. */
const MIN_WRAP = 16;

/**
 * Places lanes and rows. Gaps between neighbouring lanes grow with the labels of the arrows between them,
 * then are scaled to fill the width; each label is wrapped to its arrow when the arrow is long enough, else
 * to the whole width, and shifted so that it never leaves the diagram.
 */
export function layoutSequence(seq: ResolvedSequence, options: LayoutOptions): SequenceLayout {
	const { width, fontSize } = options;
	const charW = fontSize * MONO_CHAR_EM;
	const lineHeight = Math.round(fontSize * 1.35 * 10) / 10;
	const usable = width - 2 * MARGIN;
	const laneCount = seq.participants.length;
	const headerW = Math.min(usable / laneCount - 6, Math.max(...seq.participants.map((p) => labelOf(p, options).length * charW * 1.05 + 2 * PAD + 8)));
	const maxChars = Math.max(1, Math.floor((usable - 2 * PAD) / charW));
	const messages = seq.steps.filter((s): s is ResolvedMessage => s.kind === 'message');

	// Gap i lies between lanes i and i+1; start from what the labels of neighbouring lanes want.
	const minGap = headerW + 6;
	const want = Array.from({ length: laneCount - 1 }, () => minGap);
	for (const m of messages) {
		const lo = Math.min(m.from, m.to);
		if (Math.abs(m.from - m.to) !== 1) continue;
		const longest = Math.max(...m.lines.map((l) => Math.min(l.text.length, maxChars)));
		want[lo] = Math.max(want[lo] ?? minGap, longest * charW + 2 * PAD + 8);
	}
	const span = usable - headerW;
	const gaps = allocateGaps(want, minGap, span, busy(messages, laneCount));
	const xs = [MARGIN + headerW / 2];
	for (const g of gaps) xs.push((xs.at(-1) ?? 0) + g);

	const headerH = Math.round(fontSize * 2.4);
	const lanes = seq.participants.map((p, i) => {
		const x = xs[i] ?? 0;
		return { x, label: labelOf(p, options), box: { x: x - headerW / 2, y: MARGIN, w: headerW, h: headerH } };
	});

	let y = MARGIN + headerH + fontSize;
	const rows: SequenceLayout['rows'] = [];
	for (const step of seq.steps) {
		if (step.kind === 'section') {
			const h = lineHeight + 8;
			rows.push({ kind: 'section', text: step.text, box: { x: MARGIN / 2, y, w: width - MARGIN, h }, baseline: y + h / 2 + fontSize * 0.35 });
			y += h + fontSize * 0.8;
			continue;
		}
		const x1 = xs[step.from] ?? 0;
		const x2 = xs[step.to] ?? 0;
		const arrowChars = Math.floor((Math.abs(x2 - x1) - 2 * PAD - 4) / charW);
		const wrapAt = arrowChars >= MIN_WRAP ? Math.min(arrowChars, maxChars) : maxChars;
		const lines = step.lines.flatMap((l) => wrapText(l.text, wrapAt).map((text) => ({ text, kind: l.kind })));
		const w = Math.max(...lines.map((l) => l.text.length)) * charW + 2 * PAD;
		const h = lines.length * lineHeight + 2;
		let lx = Math.min(x1, x2) + 4;
		if (lx + w > width - MARGIN) lx = width - MARGIN - w;
		lx = Math.max(MARGIN, lx);
		const baselines = lines.map((_, i) => y + 1 + fontSize * 0.95 + i * lineHeight);
		const arrowY = y + h + 5;
		const dir = x2 > x1 ? 1 : -1;
		const head = [
			[x2, arrowY],
			[x2 - dir * HEAD, arrowY - HEAD / 2],
			[x2 - dir * HEAD, arrowY + HEAD / 2],
		]
			.map(([px, py]) => `${round(px ?? 0)},${round(py ?? 0)}`)
			.join(' ');
		rows.push({
			kind: 'message',
			n: step.n,
			x1,
			x2,
			lineEnd: x2 - dir * (HEAD - 1),
			y: arrowY,
			dashed: step.dashed,
			head,
			label: { x: lx + PAD, baselines, lines, box: { x: lx, y, w, h } },
		});
		y = arrowY + fontSize * 0.9;
	}
	const height = y + MARGIN + fontSize * 0.4;
	return { width, height: round(height), fontSize, lineHeight, lanes, lifeline: { top: MARGIN + headerH, bottom: round(height - MARGIN) }, rows };
}

/** How many arrows join each pair of neighbouring lanes. */
function busy(messages: ResolvedMessage[], laneCount: number): number[] {
	const counts = Array.from({ length: laneCount - 1 }, () => 0);
	for (const m of messages) {
		const k = Math.min(m.from, m.to);
		if (Math.abs(m.from - m.to) === 1) counts[k] = (counts[k] ?? 0) + 1;
	}
	return counts;
}

/**
 * Shares `span` between the gaps: each gets at least `min`; then the busiest gaps get what their labels want
 * first; whatever is left is spread in proportion to what each wanted. When even the minimums do not fit, the
 * gaps are shrunk evenly.
 */
export function allocateGaps(want: number[], min: number, span: number, counts: number[]): number[] {
	if (want.length === 0) return [];
	if (min * want.length >= span) return want.map(() => span / want.length);
	const gaps = want.map(() => min);
	let left = span - min * want.length;
	const order = want.map((_, i) => i).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
	for (const i of order) {
		const add = Math.min(Math.max(0, (want[i] ?? min) - min), left);
		gaps[i] = (gaps[i] ?? min) + add;
		left -= add;
	}
	const total = want.reduce((a, b) => a + b, 0);
	return gaps.map((g, i) => g + (left * (want[i] ?? 0)) / total);
}

function labelOf(p: Participant, options: LayoutOptions): string {
	return options.compact && p.short ? p.short : p.label;
}

export function round(v: number): number {
	return Math.round(v * 10) / 10;
}
