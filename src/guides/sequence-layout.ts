// Lays a resolved sequence out as SVG geometry: lanes, arrows, wrapped labels. Pure: no DOM, no Astro.
import type { LabelLine, Participant, ResolvedMessage, ResolvedSequence } from './sequence-spec.ts';
import { wrapText } from './text-wrap.ts';

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
