// Sequence diagrams for guides, the spec a guide writes: participants, and steps naming operations by slug;
// and the resolved form (checked and numbered) that layout and "Run this flow" read. Types only.
import type { Method } from '../content-model/catalog.ts';
import type { Json } from '../sdk/index.ts';

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
