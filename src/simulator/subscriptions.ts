// The live subscriptions of one facade. Ending one (unsubscribe, release, dispose) goes through `end`, written once.
import type { Message } from '../sdk/index.ts';
import type { Clock } from './clock.ts';

export interface Subscription {
	api: string;
	slug: string;
	transactionId: string;
	/** When it was acknowledged, on the facade's clock. */
	since: number;
	/** Events sent so far. */
	events: number;
	/** The pending timer of its next event, if any. */
	timer: unknown;
	/** Whatever the stream remembers between events (the last connection status, say). */
	memory: Record<string, unknown>;
	/** Hands one event to the subscriber's callback. */
	send(message: Message): void;
}

export interface SubscriptionInfo {
	api: string;
	operation: string;
	transactionId: string;
	events: number;
}

export function createSubscriptions(clock: Clock, onTimerCleared: (timer: unknown) => void) {
	const live = new Map<string, Subscription>();
	function end(sub: Subscription): void {
		if (sub.timer !== undefined) {
			clock.clearTimeout(sub.timer);
			onTimerCleared(sub.timer);
			sub.timer = undefined;
		}
		live.delete(sub.api);
	}
	return {
		has: (api: string) => live.has(api),
		hasOperation: (slug: string) => [...live.values()].some((s) => s.slug === slug),
		get: (api: string) => live.get(api),
		/** Registered as soon as the subscribe call is decided, so a second one in the same tick is already a duplicate. */
		add(api: string, slug: string, transactionId: string, since: number, send: (message: Message) => void): Subscription {
			const sub: Subscription = { api, slug, transactionId, since, events: 0, timer: undefined, memory: {}, send };
			live.set(api, sub);
			return sub;
		},
		/** Whether this exact subscription still runs (a later one to the same API is another). */
		isLive: (sub: Subscription) => live.get(sub.api) === sub,
		stop(api: string): void {
			const sub = live.get(api);
			if (sub) end(sub);
		},
		stopAll(): void {
			for (const sub of [...live.values()]) end(sub);
		},
		list: (): SubscriptionInfo[] => [...live.values()].map((s) => ({ api: s.api, operation: s.slug, transactionId: s.transactionId, events: s.events })),
	};
}

export type Subscriptions = ReturnType<typeof createSubscriptions>;
