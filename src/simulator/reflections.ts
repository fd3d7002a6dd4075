// For the random-sequence test: each set that changes state, the gets that show the change, and what they must show,
// written from the operations' pages rather than from the simulator's code. A set's reads run just before and
// just after it; its rule compares the two.
import { expect } from 'vitest';
import { isDictionary, STATUS, type Json, type JsonObject, type Message } from '../sdk/index.ts';

type P = Record<string, unknown>;

export interface Read {
	slug: string;
	/** The documented call's params when left out. */
	params?: unknown;
	/** A set tried on a copy of the state, for what no get reads (the push token). */
	probe?: true;
}

export interface Reflection {
	reads(p: P): Read[];
	/** Reads that failed leave it undecided: it returns false and checks nothing. */
	check(p: P, before: Message[], after: Message[], at: { now: number; inRange: boolean }): boolean;
}

export const VIN = 'VR1AB12C3D4567890';
const OTHER_VIN = 'VR2AB12C3D4567890';
export const EVENT_TYPES = ['remoteChargeFinished', 'remoteChargeInterrupted'];

export const obj = (v: Json | undefined): JsonObject => (isDictionary(v) ? v : {});
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
export const ok = (m: Message) => m.status === STATUS.succeeded;

// SDK events: the account's VINs, then the notifications of the two documented VINs (2345 reads as none recorded).
const eventReads = (): Read[] => [{ slug: 'get-vehicle-vins' }, { slug: 'get-sdk-event', params: { vins: [VIN, OTHER_VIN] } }];

function events(ms: Message[]): { vins: string[]; byVin: Map<string, Map<string, Json>> } | undefined {
	const [vins, ev] = ms;
	if (!vins || !ev || !ok(vins) || !(ok(ev) || ev.error?.code === 2345)) return undefined;
	const byVin = new Map<string, Map<string, Json>>();
	for (const e of Array.isArray(ev.result?.events) ? ev.result.events.map(obj) : []) {
		const kinds = Array.isArray(e.notifications) ? e.notifications.map(obj) : [];
		byVin.set(String(e.vin), new Map(kinds.map((n) => [String(n.name), n.status ?? null])));
	}
	return { vins: (Array.isArray(vins.result?.vins) ? vins.result.vins : []).map((v) => String(obj(v).vin)), byVin };
}

/** Enable or disable: the kinds named take the status for every VIN of the account; nothing else changes. */
const switched =
	(status: 'enabled' | 'disabled'): Reflection['check'] =>
	(p, b, a) => {
		const before = events(b);
		const after = events(a);
		if (!before || !after) return false;
		for (const vin of [VIN, OTHER_VIN]) {
			const was = before.byVin.get(vin) ?? new Map<string, Json>();
			const expected = new Map(was);
			if (before.vins.includes(vin)) for (const t of strings(p.type)) expected.set(t, status);
			expect(Object.fromEntries(after.byVin.get(vin) ?? []), `notifications of ${vin}`).toEqual(Object.fromEntries(expected));
		}
		return true;
	};

// Destinations: what waits for the car.
const waiting = (m: Message | undefined): Json[] | undefined => (m && ok(m) ? (Array.isArray(m.result?.destinations) ? m.result.destinations : []) : undefined);

const destination: Reflection = {
	reads: () => [{ slug: 'get-vehicle-destinations' }],
	check: (p, [b], [a], { inRange }) => {
		const before = waiting(b);
		const after = waiting(a);
		if (!before || !after) return false;
		// In range, it reaches the car with whatever waited; out of range, preserve keeps it, and without it is dropped.
		if (inRange) expect(after).toEqual([]);
		else if (p.preserve !== true) expect(after).toEqual(before);
		else {
			const location = p.action === 'coordinate' ? p.location : { address: p.extensionInformation };
			expect(after.slice(0, -1)).toEqual(before);
			expect(after.at(-1)).toMatchObject({ vin: p.vin, location });
		}
		return true;
	},
};

/** Enabling notifications is what needs a push token: tried on a copy, it shows whether one is registered. */
const tokenProbe = (): Read[] => [{ slug: 'set-sdk-event-enable', probe: true }];

/** The rules outside trips (reflections-trips.ts has those). */
export const REFLECTED: Record<string, Reflection> = {
	'set-authentication-smscode-add-phone-number': {
		reads: () => [{ slug: 'get-authentication-trustedphonenumber' }],
		check: (p, _b, [r]) => (r && ok(r) ? (expect(r.result).toEqual({ phoneNumber: p.phoneNumber }), true) : false),
	},
	'set-authentication-smscode-modify-phone-number': {
		reads: () => [{ slug: 'get-authentication-trustedphonenumber' }],
		check: (p, _b, [r]) => (r && ok(r) ? (expect(r.result).toEqual({ phoneNumber: p.phoneNumber }), true) : false),
	},
	'set-vehicle-price': {
		reads: (p) => [{ slug: 'get-vehicle-price', params: { vin: p.vin } }],
		check: (p, _b, [r]) => {
			if (!r || !ok(r)) return false;
			if (typeof p.priceFuel === 'number') expect(r.result?.priceFuel).toBe(p.priceFuel);
			if (typeof p.priceElectric === 'number') expect(r.result?.priceElectric).toBe(p.priceElectric);
			return true;
		},
	},
	'set-vehicle-service-send-to-nav': {
		reads: () => [{ slug: 'get-vehicle-services', params: { services: ['sendtonav'] } }],
		check: (p, _b, [r]) => (r && ok(r) ? (expect(r.result).toEqual({ services: [{ name: 'sendtonav', status: p.action === 'start' ? 'started' : 'stopped' }] }), true) : false),
	},
	'set-vehicle-destination-coordinate': destination,
	'set-vehicle-destination-extension': destination,
	'set-sdk-event-enable': { reads: eventReads, check: switched('enabled') },
	'set-sdk-event-disable': { reads: eventReads, check: switched('disabled') },
	'set-sdk-event-remove': {
		reads: eventReads,
		check: (p, b, a) => {
			const before = events(b);
			const after = events(a);
			if (!before || !after) return false;
			for (const vin of [VIN, OTHER_VIN]) {
				const expected = vin === p.vin ? {} : Object.fromEntries(before.byVin.get(vin) ?? []);
				expect(Object.fromEntries(after.byVin.get(vin) ?? []), `notifications of ${vin}`).toEqual(expected);
			}
			return true;
		},
	},
	'set-sdk-token-register-push-token': { reads: tokenProbe, check: (_p, _b, [a]) => (expect(a?.error?.code, 'a token is registered').not.toBe(2345), true) },
	'set-sdk-token-unregister-push-token': { reads: tokenProbe, check: (_p, _b, [a]) => (expect(a?.error?.code, 'no token is registered').toBe(2345), true) },
};
