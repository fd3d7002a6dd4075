// The structured form of an example: calls and what each of their handlers does. The Kotlin, Swift
// and JavaScript printers render it; nothing edits their output afterwards.
import { STATUS, type JsonObject, type Status } from '../sdk/index.ts';
import type { Platform } from '../content-model/schemas/platform.ts';
import type { CallShape } from './call-shape.ts';

export type Language = 'kotlin' | 'swift' | 'javascript';

/** One statement of a handler's body. */
export type Statement =
	/** A comment. As a branch's only statement it is printed after an empty block: `"FAILED" -> { } // text`. */
	| { kind: 'comment'; text: string }
	/** Statements written out per language, one line each, indented by the printer. A printer without its language refuses the model. */
	| { kind: 'code'; lines: Partial<Record<Language, string[]>> }
	/** A branch on `message.error.code`: one case per code, then every other code. */
	| { kind: 'switch-code'; cases: CodeCase[]; otherwise: Statement[] };

export interface CodeCase {
	code: number;
	body: Statement[];
}

/** What the callback does with messages of one status; `any` is the whole callback body, for every message. */
export interface Handler {
	status: Status | 'any';
	body: Statement[];
}

export interface Call {
	/** `lifecycle` calls the facade's own method (`pims.initialize`); the others are `pims.<kind>(name, ...)`. */
	kind: 'get' | 'set' | 'subscribe' | 'unsubscribe' | 'lifecycle';
	/** The API name, or for lifecycle calls the facade method. */
	name: string;
	/** The params dictionary; undefined when the call takes none. */
	params?: JsonObject | undefined;
	/** Parameters Kotlin passes as the app's Android `Context` variable of the same name; Swift and JavaScript have none. */
	androidContext?: string[] | undefined;
	/** Parameters only one SDK takes, by name: the other platform's printer leaves them out. */
	onlyOn?: { [name: string]: Platform } | undefined;
	/** The callback's branches, in order. JavaScript awaits the call's promise instead when there are none. */
	handlers: Handler[];
	/** JavaScript only: make the call after this many milliseconds (the console ends a demonstration stream). */
	delayMs?: number;
}

/** A call, with the comment lines printed above it. */
export interface Step {
	comments: string[];
	call: Call;
}

/** An example: its steps, printed one after another with a blank line between them. */
export interface Example {
	steps: Step[];
}

export const comment = (text: string): Statement => ({ kind: 'comment', text });
const handler = (status: Status, text: string): Handler => ({ status, body: [comment(text)] });

/** The handlers of the published examples: one commented branch per status the call can answer with. */
function documentedHandlers(kind: Call['kind']): Handler[] {
	if (kind === 'subscribe')
		return [
			handler(STATUS.succeeded, 'subscription started'),
			handler(STATUS.failed, 'subscription refused: no event follows'),
			handler(STATUS.result, 'one event: message["result"] or message["error"]'),
		];
	if (kind === 'unsubscribe') return [handler(STATUS.succeeded, 'events stopped'), handler(STATUS.failed, 'handle failed status')];
	return [handler(STATUS.succeeded, 'handle succeeded status'), handler(STATUS.failed, 'handle failed status')];
}

/** The example the reference pages print for a call: the call with its documented handlers; a subscription also shows how to stop it. */
export function documentedExample(shape: CallShape): Example {
	const call: Call = { ...shape, handlers: documentedHandlers(shape.kind) };
	if (shape.kind !== 'subscribe') return { steps: [{ comments: [], call }] };
	const stop: Call = { kind: 'unsubscribe', name: shape.name, handlers: documentedHandlers('unsubscribe') };
	return {
		steps: [
			{ comments: [], call },
			{ comments: ['later, to stop the events'], call: stop },
		],
	};
}

/** The example with the first call's handler for `status` doing `body` instead; fails when that call has no such handler. */
export function withHandler(example: Example, status: Status, body: Statement[]): Example {
	const [first, ...rest] = example.steps;
	if (!first?.call.handlers.some((h) => h.status === status)) throw new Error(`the example's first call has no ${status} handler`);
	const handlers = first.call.handlers.map((h) => (h.status === status ? { status, body } : h));
	return { steps: [{ ...first, call: { ...first.call, handlers } }, ...rest] };
}
