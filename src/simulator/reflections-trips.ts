// The trips part of the reflections (see reflections.ts): the VIN's list and each pooled id, read before and after.
import { expect } from 'vitest';
import type { Json, JsonObject, Message } from '../sdk/index.ts';
import { obj, ok, VIN, type Read, type Reflection } from './reflections.ts';

type P = Record<string, unknown>;

/** The ids the documented trips have (418, 419) and the first ids new trips get; the sequences draw trip ids from them. */
export const TRIP_POOL = [418, 419, 1000, 1001, 1002];

const ints = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : []);
const iso = (ms: number) => new Date(ms).toISOString();

const tripVin = (p: P) => (typeof p.vin === 'string' ? p.vin : VIN);
const tripReads = (p: P): Read[] => [
	{ slug: 'get-vehicle-trips-trips', params: { action: 'trips', vin: tripVin(p) } },
	...TRIP_POOL.map((id) => ({ slug: 'get-vehicle-trip-id', params: { action: 'id', vin: VIN, id } })),
];

interface Trips {
	list: JsonObject[];
	/** Pooled id -> the trip, or undefined when the read says no trip has it (2102 naming id). */
	byId: Map<number, JsonObject | undefined>;
}

function trips(ms: Message[]): Trips | undefined {
	const [list, ...byId] = ms;
	if (!list || !ok(list)) return undefined;
	const map = new Map<number, JsonObject | undefined>();
	for (const [i, m] of byId.entries()) {
		if (ok(m)) map.set(TRIP_POOL[i]!, obj(m.result?.trip));
		else if (m.error?.code === 2102) map.set(TRIP_POOL[i]!, undefined);
		else return undefined;
	}
	return { list: (Array.isArray(list.result?.trips) ? list.result.trips : []).map(obj), byId: map };
}

/** Reads trips before and after, and applies the rule when both are known; no id is ever listed twice. */
const tripRule =
	(rule: (p: P, before: Trips, after: Trips, now: number) => void): Reflection['check'] =>
	(p, b, a, { now }) => {
		const before = trips(b);
		const after = trips(a);
		if (!before || !after) return false;
		const listed = after.list.map((t) => t.id);
		expect(new Set(listed).size, `trip ids listed once: ${listed.join(', ')}`).toBe(listed.length);
		rule(p, before, after, now);
		return true;
	};

/** Pooled ids the set does not name keep their trip as it was. */
function othersUnchanged(before: Trips, after: Trips, named: number[]): void {
	for (const id of TRIP_POOL) if (!named.includes(id)) expect(after.byId.get(id), `trip ${id} untouched`).toEqual(before.byId.get(id));
}

const EDITABLE = ['category', 'priceFuel', 'priceElectric'];

const sumOf = (ts: JsonObject[], field: string) => ts.reduce((n, t) => n + (typeof t[field] === 'number' ? t[field] : 0), 0);

export const TRIP_REFLECTIONS: Record<string, Reflection> = {
	'set-vehicle-trips-edit': {
		reads: tripReads,
		// Only the documented fields given change; the trip records when it was changed.
		check: tripRule((p, before, after, now) => {
			const data = obj(p.data as Json);
			const changes = Object.fromEntries(EDITABLE.filter((k) => k in data).map((k) => [k, data[k]!]));
			const named = ints(p.ids);
			for (const id of named) if (TRIP_POOL.includes(id)) expect(after.byId.get(id), `trip ${id} edited`).toEqual({ ...before.byId.get(id), ...changes, updatedAt: iso(now) });
			othersUnchanged(before, after, named);
		}),
	},
	'set-vehicle-trips-remove': {
		reads: tripReads,
		check: tripRule((p, before, after) => {
			const named = ints(p.ids);
			for (const id of named) expect(after.byId.get(id), `trip ${id} removed`).toBeUndefined();
			expect(after.list.filter((t) => named.includes(Number(t.id)))).toEqual([]);
			othersUnchanged(before, after, named);
		}),
	},
	'set-vehicle-trips-merge': {
		reads: tripReads,
		// The trips named give way to one new trip, of source Merge, that lists them and adds up their distance and time.
		check: tripRule((p, before, after, now) => {
			const named = ints(p.ids);
			for (const id of named) expect(after.byId.get(id), `trip ${id} merged away`).toBeUndefined();
			const old = new Set(before.list.map((t) => t.id));
			const added = after.list.filter((t) => !old.has(t.id ?? null));
			expect(added, 'one merged trip').toHaveLength(1);
			expect(added[0]).toMatchObject({ source: 'Merge', mergedIds: named, vin: p.vin, updatedAt: iso(now) });
			const parts = named.map((id) => before.byId.get(id));
			if (parts.every((t) => t !== undefined)) expect(added[0]).toMatchObject({ distance: sumOf(parts, 'distance'), travelTime: sumOf(parts, 'travelTime') });
			othersUnchanged(before, after, [...named, ...ints([added[0]!.id])]);
		}),
	},
	'set-vehicle-trips-unmerge': {
		reads: tripReads,
		// The merged trip gives way to the trips it lists in mergedIds.
		check: tripRule((p, before, after) => {
			const id = Number(p.id);
			expect(after.byId.get(id), `trip ${id} unmerged`).toBeUndefined();
			const parts = ints(before.byId.get(id)?.mergedIds);
			for (const part of parts) if (TRIP_POOL.includes(part)) expect(after.byId.get(part), `trip ${part} back`).toMatchObject({ id: part });
			othersUnchanged(before, after, [id, ...parts]);
		}),
	},
	'set-vehicle-trips-import': {
		reads: tripReads,
		// The file's trips not stored yet are added under their ids; stored ones stay as they were. A trip merged into
		// another is still stored, inside the merge (unmerge gives it back), so with a merge listed only "kept" is checked.
		check: tripRule((p, before, after) => {
			const merges = before.list.some((t) => t.source === 'Merge');
			const file = obj(JSON.parse(String(p.file)) as Json);
			const ids = (Array.isArray(file.trips) ? file.trips : []).map((t) => obj(t).id).filter((id): id is number => Number.isInteger(id));
			for (const id of ids) {
				if (!TRIP_POOL.includes(id)) continue;
				const was = before.byId.get(id);
				if (was) expect(after.byId.get(id), `trip ${id} kept`).toEqual(was);
				else if (!merges) expect(after.byId.get(id), `trip ${id} imported`).toMatchObject({ id });
			}
			othersUnchanged(before, after, ids);
		}),
	},
};
