// Subscription events: when they come and what they carry. Streams start from the documented event and move
// within the documented values and ranges; pims.vehicle.signal reports the car's state after each command.
import type { Catalog, Field, Operation } from '../content-model/catalog.ts';
import { exampleObject } from '../content-model/examples.ts';
import { isDictionary, OP, STATUS, type Json, type JsonObject, type Message, type MessageError } from '../sdk/index.ts';
import type { Clock } from './clock.ts';
import { failureError } from './reply.ts';
import type { SimState } from './state/index.ts';
import { signalResult } from './signal.ts';
import type { Subscription, Subscriptions } from './subscriptions.ts';
import type { Params } from './validate-params.ts';

export interface StreamOptions {
	catalog: Catalog;
	state: SimState;
	clock: Clock;
	later(fn: () => void, ms: number): unknown;
	subs: Subscriptions;
	firstEventMs: number;
	intervalMs: number;
	carMs: number;
	deliver(callback: ((m: Message) => void) | undefined, message: Message): void;
}

const ISO = /^\d{4}-\d\d-\d\dT/;

/** Moves numbers a little within their range, keeps timestamps current; names, ids and enumerations stay. */
function drift(fields: Field[], value: JsonObject, step: number, now: string): JsonObject {
	const out: JsonObject = {};
	for (const f of fields) {
		const v = value[f.name];
		if (v === undefined) continue;
		out[f.name] = driftValue(f, v, step, now);
	}
	return out;
}

function driftValue(f: Field, v: Json, step: number, now: string): Json {
	if (f.type === 'object' && isDictionary(v)) return drift(f.fields ?? [], v, step, now);
	if (typeof v === 'string' && ISO.test(v) && !f.values) return now;
	if (typeof v !== 'number' || f.values) return v;
	const moving = f.unit === '%' || /latitude|longitude|level|autonomy/i.test(f.name);
	if (!moving) return v;
	const delta = (/latitude|longitude/i.test(f.name) ? 0.0004 : 1) * (step % 4 < 2 ? 1 : -1);
	const min = f.minimum ?? (f.unit === '%' ? 0 : -Infinity);
	const max = f.maximum ?? (f.unit === '%' ? 100 : Infinity);
	const next = Math.min(max, Math.max(min, v + delta * Math.ceil(step / 2)));
	return f.type === 'integer' ? Math.round(next) : Math.round(next * 1e6) / 1e6;
}

export function createStreams(o: StreamOptions) {
	const { catalog, state, subs } = o;
	const iso = () => new Date(o.clock.now()).toISOString();
	const signalOp = catalog.operations.find((op) => op.slug === OP.signal);
	const remoteEventsOp = catalog.operations.find((op) => op.slug === OP.remoteEvents);
	const documented = new WeakMap<Operation, JsonObject>();
	const example = (op: Operation) => {
		let e = documented.get(op);
		if (!e) documented.set(op, (e = exampleObject(op.output)));
		return e;
	};
	const link = () => state.device.bluetooth && state.device.paired && state.vehicle.inRange;

	/** The next event of a stream, or undefined when it has nothing to say this time. */
	function next(op: Operation, sub: Subscription): JsonObject | undefined {
		switch (op.slug) {
			case OP.connection:
				return connectionEvent(op, sub);
			case OP.signal:
				// The signal speaks after commands (see carReports) and while the battery charges.
				return state.vehicle.charging.state === 'INPROGRESS' && signalOp ? charge(signalOp) : undefined;
			case OP.remoteEvents:
				return undefined;
			default:
				return drift(op.output, example(op), sub.events + 1, iso());
		}
	}

	/** The Bluetooth link opens and closes while the phone can reach the car; it stays closed otherwise. */
	function connectionEvent(op: Operation, sub: Subscription): JsonObject | undefined {
		const last = sub.memory.status;
		const status = link() && last !== 'Connected' ? 'Connected' : 'Disconnected';
		if (status === 'Disconnected' && last === 'Disconnected') return undefined;
		sub.memory.status = status;
		if (status === 'Connected' && !state.vehicle.configured.includes('TripNDrive')) state.vehicle.configured.push('TripNDrive');
		const e = example(op);
		if (status === 'Disconnected') return Object.fromEntries(op.output.filter((f) => f.required && f.name in e).map((f) => [f.name, f.name === 'status' ? status : e[f.name]!]));
		return { ...e, status };
	}

	/** A charging step: the level rises until the battery is full, then charging is FINISHED. */
	function charge(op: Operation): JsonObject {
		const c = state.vehicle.charging;
		c.level = Math.min(100, c.level + 5);
		if (c.level >= 100) {
			c.state = 'FINISHED';
			notify('remoteChargeFinished');
		}
		return signalResult(op, example(op), state, iso());
	}

	/** pims.vehicle.event - remote tells its subscriber about the charge, when it asked for that notification. */
	function notify(notification: string): void {
		const sub = remoteEventsOp && subs.get(remoteEventsOp.api);
		if (sub?.slug !== OP.remoteEvents) return;
		const wanted = sub.memory.types;
		if (Array.isArray(wanted) && !wanted.includes(notification)) return;
		sub.events += 1;
		sub.send({ transactionId: sub.transactionId, status: STATUS.result, result: { notification } });
	}

	function tick(op: Operation, sub: Subscription, eventError: number | undefined): void {
		if (!subs.isLive(sub)) return;
		sub.timer = o.later(() => tick(op, sub, eventError), o.intervalMs);
		if (eventError !== undefined && (sub.events + 1) % 3 === 0) {
			sub.events += 1;
			return sub.send({ transactionId: sub.transactionId, status: STATUS.result, error: failureError(catalog, { code: eventError, op }) });
		}
		const result = next(op, sub);
		if (!result) return;
		sub.events += 1;
		sub.send({ transactionId: sub.transactionId, status: STATUS.result, result });
	}

	return {
		start(op: Operation, sub: Subscription, eventError: number | undefined, params?: Params): void {
			if (params && Array.isArray(params.type)) sub.memory.types = params.type;
			sub.timer = o.later(() => tick(op, sub, eventError), o.firstEventMs);
		},
		/** A command's outcome, reported by the car on the signal subscription a moment after the call succeeded. */
		carReports(error: MessageError | undefined): void {
			o.later(() => {
				const sub = signalOp && subs.get(signalOp.api);
				if (!sub || !signalOp) return;
				sub.events += 1;
				sub.send(
					error
						? { transactionId: sub.transactionId, status: STATUS.result, error }
						: { transactionId: sub.transactionId, status: STATUS.result, result: signalResult(signalOp, example(signalOp), state, iso()) },
				);
			}, o.carMs);
		},
	};
}
