// One timeline per subscription (by transactionId): its acknowledgement, each RESULT event with the
// time since it started, and the answers to set calls made meanwhile, so the event that follows a
// command sits right after it. Text nodes only.
import type { Message } from '../../sdk/index.ts';
import type { SdkCall } from '../protocol.ts';
import { el } from './dom.ts';
import './timeline.css';

const MAX_ROWS = 200;

interface Lane {
	transactionId: string;
	api: string;
	start: number;
	events: number;
	open: boolean;
	list: HTMLOListElement;
	state: HTMLElement;
}

/** `+320 ms`, `+1.32 s`. */
export function relativeTime(ms: number): string {
	return ms < 1000 ? `+${Math.round(ms)} ms` : `+${(ms / 1000).toFixed(2)} s`;
}

/** The scalar fields of a result, one level deep, in a few words: `doorState: locked, level: 80`. */
export function resultSummary(result: Message['result'], max = 64): string {
	const parts: string[] = [];
	const walk = (value: unknown, path: string, depth: number) => {
		if (value === null || typeof value !== 'object') return void parts.push(`${path}: ${String(value)}`);
		if (depth > 1 || Array.isArray(value)) return void parts.push(`${path}: ${Array.isArray(value) ? `${value.length} items` : '{…}'}`);
		for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, depth + 1);
	};
	if (result) walk(result, '', 0);
	const text = parts.join(', ');
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function outcome(message: Message): string {
	if (message.error) return `${message.status} ${message.error.code}: ${message.error.label}`;
	const summary = resultSummary(message.result);
	return summary ? `${message.status}: ${summary}` : message.status;
}

export class SubscriptionTimeline {
	private readonly lanes = new Map<string, Lane>();
	private readonly byApi = new Map<string, Lane>();
	readonly element: HTMLElement;
	private readonly body: HTMLElement;

	constructor() {
		this.body = el('div', { className: 'timeline-lanes' });
		this.element = el('section', { className: 'console-timeline', hidden: true }, el('h3', { className: 'console-output-title', textContent: 'Subscriptions' }), this.body);
		this.element.setAttribute('aria-label', 'Subscription timelines');
	}

	/** Records a message; returns where it sits in its subscription, for the log (`event 2, +1.32 s`). */
	record(message: Message, at: number, call: SdkCall | undefined, label: string): string | undefined {
		const lane = this.lanes.get(message.transactionId);
		if (lane && message.status === 'RESULT') {
			lane.events += 1;
			this.row(lane, at, `event ${lane.events}`, outcome(message), 'result');
			return `event ${lane.events}, ${relativeTime(at - lane.start)} after it started`;
		}
		if (!call?.api) return undefined;
		if (call.method === 'subscribe') {
			if (message.status === 'SUCCEEDED') this.startLane(message.transactionId, call.api, label, at);
			else {
				const running = this.byApi.get(call.api);
				if (running?.open) this.row(running, at, 'subscribe again', outcome(message), 'failed');
			}
			return undefined;
		}
		if (call.method === 'unsubscribe') {
			const running = this.byApi.get(call.api);
			if (running?.open && message.status === 'SUCCEEDED') {
				this.row(running, at, 'unsubscribed', 'no event follows', 'end');
				this.close(running, 'ended by unsubscribe');
			}
			return undefined;
		}
		if (call.method === 'set') for (const l of this.byApi.values()) if (l.open) this.row(l, at, label, outcome(message), 'context');
		return undefined;
	}

	/** The run ended (Stop, a new run, the watchdog): its subscriptions stop too. */
	endRun(): void {
		for (const lane of this.byApi.values()) if (lane.open) this.close(lane, 'ended with the run');
	}

	clear(): void {
		this.lanes.clear();
		this.byApi.clear();
		this.body.replaceChildren();
		this.element.hidden = true;
	}

	private startLane(transactionId: string, api: string, label: string, at: number): void {
		const list = el('ol', { className: 'timeline-events' });
		const state = el('span', { className: 'timeline-state', textContent: 'running' });
		const head = el('p', { className: 'timeline-head' }, el('strong', { textContent: label }), ` · transactionId ${transactionId} · `, state);
		const lane: Lane = { transactionId, api, start: at, events: 0, open: true, list, state };
		this.lanes.set(transactionId, lane);
		this.byApi.set(api, lane);
		this.body.append(el('div', { className: 'timeline-lane', dataset: { transaction: transactionId } }, head, list));
		this.element.hidden = false;
		this.row(lane, at, 'subscribed', 'SUCCEEDED', 'start');
	}

	private close(lane: Lane, why: string): void {
		lane.open = false;
		lane.state.textContent = why;
	}

	private row(lane: Lane, at: number, what: string, text: string, kind: string): void {
		lane.list.append(
			el(
				'li',
				{ className: `timeline-row timeline-${kind}`, dataset: { kind } },
				el('span', { className: 'timeline-time', textContent: relativeTime(at - lane.start) }),
				' ',
				el('span', { className: 'timeline-what', textContent: what }),
				` ${text}`,
			),
		);
		while (lane.list.childElementCount > MAX_ROWS) lane.list.firstElementChild?.remove();
	}
}
