// Ties each message of a run to the call it answers (by the call's index in the run), names that call,
// and feeds the subscription timelines.
import type { Catalog } from '../../content-model/catalog.ts';
import type { RunEvent, SdkCall } from '../protocol.ts';
import { callLabel } from './call-label.ts';
import { SubscriptionTimeline } from './timeline.ts';

export class Answers {
	readonly timeline = new SubscriptionTimeline();

	constructor(private readonly catalog: Catalog) {}

	/** The run's calls so far; an empty list starts a new run, which ends the previous run's subscriptions. */
	onCalls(calls: readonly SdkCall[]): void {
		if (calls.length === 0) this.timeline.endRun();
	}

	/** What the log shows beside a message: the call it answers, and its place in a subscription. */
	describe(event: Extract<RunEvent, { kind: 'message' }>, calls: readonly SdkCall[]): { call: string; detail?: string } | undefined {
		const call = event.call === undefined ? undefined : calls[event.call];
		if (!call) return undefined;
		const label = callLabel(this.catalog, call);
		const detail = this.timeline.record(event.message, event.at, call, label);
		return detail ? { call: label, detail } : { call: label };
	}
}
