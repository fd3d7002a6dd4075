// Trips stored on the phone: list, count, read, edit, merge, unmerge, remove, import, export, statistics.
import { CODE, isDictionary, OP, type Json, type JsonObject } from '../../sdk/index.ts';
import { cloneJson } from '../clone-json.ts';
import { documented } from '../state/index.ts';
import type { StoredTrip } from '../state/stored-data.ts';
import { is, type Flow, type FlowContext, type Refusal } from './types.ts';

const ids = (ctx: FlowContext): number[] => (Array.isArray(ctx.params.ids) ? ctx.params.ids.map(Number) : []);
const find = (ctx: FlowContext, id: number) => ctx.state.data.trips.find((t) => t.id === id);
const ofVin = (ctx: FlowContext) => ctx.state.data.trips.filter((t) => t.vin === ctx.params.vin);
const data = (t: StoredTrip): JsonObject => cloneJson(t.data);

/** Whether a trip holds the id, itself or inside a merge (which unmerge gives back). */
const holds = (t: StoredTrip, id: number): boolean => t.id === id || (t.mergedFrom ?? []).some((part) => holds(part, id));

/** The first of the ids that names no stored trip, as a refusal with the id in its label. */
function unknownId(ctx: FlowContext, code: number): Refusal | undefined {
	const missing = ids(ctx).find((id) => !find(ctx, id));
	return missing === undefined ? undefined : { code, fill: { IDENTIFIER: String(missing) } };
}

function newTrip(ctx: FlowContext, vin: string, fields: JsonObject): StoredTrip {
	const id = ctx.state.data.nextTripId++;
	return { id, vin, data: { ...fields, id, vin } };
}

const stamp = (ctx: FlowContext) => new Date(ctx.now).toISOString();

/** The fields of `data` the edit documents (category, prices); anything else given is not a trip's to change. */
function editable(ctx: FlowContext): JsonObject {
	const given = isDictionary(ctx.params.data) ? (ctx.params.data as JsonObject) : {};
	const fields = ctx.op.parameters.find((p) => p.name === 'data')?.fields ?? [];
	return Object.fromEntries(fields.filter((f) => f.name in given).map((f) => [f.name, given[f.name]!]));
}

const sum = (trips: StoredTrip[], field: string) => trips.reduce((n, t) => n + (typeof t.data[field] === 'number' ? t.data[field] : 0), 0);

/** What an export file holds: the trips' data under `trips`, the shape import reads back. */
function parseExport(file: unknown): JsonObject[] | undefined {
	try {
		const parsed: Json = JSON.parse(String(file));
		const trips = isDictionary(parsed) ? parsed.trips : undefined;
		if (!Array.isArray(trips)) return undefined;
		const ok = trips.every((t) => isDictionary(t) && Number.isInteger(t.id));
		return ok ? (trips as JsonObject[]) : undefined;
	} catch {
		return undefined;
	}
}

export const tripFlows: Flow[] = [
	{
		matches: is(OP.tripsList),
		summary: 'Lists the stored trips of the VIN (the filters and paging parameters are not applied).',
		codes: [],
		result: (ctx) => ({ trips: ofVin(ctx).map(data) }),
	},
	{
		matches: is(OP.tripsCount),
		summary: 'Counts the stored trips of the VIN.',
		codes: [],
		result: (ctx) => ({ count: ofVin(ctx).length }),
	},
	{
		matches: is(OP.tripById),
		summary: 'Reads one stored trip; an id that names none fails with 2102 naming id.',
		codes: [CODE.invalidParameter],
		check: (ctx) => (find(ctx, Number(ctx.params.id)) ? undefined : { code: CODE.invalidParameter, parameter: 'id' }),
		result: (ctx) => ({ trip: data(find(ctx, Number(ctx.params.id))!) }),
	},
	{
		matches: is(OP.tripByRange),
		summary: 'Reads the first or last stored trip of the VIN; with none stored it fails with 2102 naming range.',
		codes: [CODE.invalidParameter],
		check: (ctx) => (ofVin(ctx).length ? undefined : { code: CODE.invalidParameter, parameter: 'range' }),
		result: (ctx) => {
			const trips = ofVin(ctx);
			return { trip: data(ctx.params.range === 'first' ? trips[0]! : trips.at(-1)!) };
		},
	},
	{
		matches: is(OP.tripsEdit),
		summary: 'Changes the fields given in data (category, prices) on each trip and records when (updatedAt); an unknown id fails with 2376, the id in the label.',
		codes: [CODE.cantEditTrip],
		check: (ctx) => unknownId(ctx, CODE.cantEditTrip),
		apply: (ctx) => {
			const changes = { ...editable(ctx), updatedAt: stamp(ctx) };
			for (const id of ids(ctx)) Object.assign(find(ctx, id)!.data, changes);
		},
		result: (ctx) => ({ trips: data(find(ctx, ids(ctx)[0]!)!) }),
	},
	{
		matches: is(OP.tripsRemove),
		summary: 'Removes the trips; an id that names no stored trip fails with 2370, the id in the label, and removes nothing.',
		codes: [CODE.cantRemoveTrip],
		check: (ctx) => unknownId(ctx, CODE.cantRemoveTrip),
		apply: (ctx) => {
			const gone = new Set(ids(ctx));
			ctx.state.data.trips = ctx.state.data.trips.filter((t) => !gone.has(t.id));
		},
	},
	{
		matches: is(OP.tripsMerge),
		summary:
			'Replaces the trips by one merged trip (source Merge, mergedIds listing them, their distances and times added up), which unmerge can split again; an id that names no stored trip of the VIN fails with 2371 listing the ids.',
		codes: [CODE.cantMergeTrips],
		check: (ctx) => (ids(ctx).every((id) => find(ctx, id)?.vin === ctx.params.vin) ? undefined : { code: CODE.cantMergeTrips, fill: { 'IDENTIFIERS LIST': ids(ctx).join(', ') } }),
		apply: (ctx) => {
			const parts = ids(ctx).map((id) => find(ctx, id)!);
			const merged = newTrip(ctx, String(ctx.params.vin), {
				...parts[0]!.data,
				source: 'Merge',
				distance: sum(parts, 'distance'),
				travelTime: sum(parts, 'travelTime'),
				mergedIds: parts.map((p) => p.id),
				updatedAt: stamp(ctx),
			});
			merged.mergedFrom = parts;
			ctx.state.data.trips = [...ctx.state.data.trips.filter((t) => !parts.includes(t)), merged];
			ctx.state.data.lastChanged = [merged.id];
		},
		result: (ctx) => ({ trips: data(find(ctx, ctx.state.data.lastChanged![0]!)!) }),
	},
	{
		matches: is(OP.tripsUnmerge),
		summary: 'Splits a merged trip back into the trips it was made of; a trip that no merge produced fails with 2372, the id in the label.',
		codes: [CODE.cantUnmergeTrip],
		check: (ctx) => (find(ctx, Number(ctx.params.id))?.mergedFrom ? undefined : { code: CODE.cantUnmergeTrip, fill: { IDENTIFIER: String(ctx.params.id) } }),
		apply: (ctx) => {
			const merged = find(ctx, Number(ctx.params.id))!;
			ctx.state.data.trips = [...ctx.state.data.trips.filter((t) => t !== merged), ...merged.mergedFrom!];
			ctx.state.data.lastChanged = merged.mergedFrom!.map((t) => t.id);
		},
		result: (ctx) => ({ trips: (ctx.state.data.lastChanged ?? []).map((id) => data(find(ctx, id)!)) }),
	},
	{
		matches: is(OP.tripsExport),
		summary: 'Writes the trips named into a file that import reads back.',
		codes: [],
		result: (ctx) => ({ file: JSON.stringify({ trips: ids(ctx).flatMap((id) => (find(ctx, id) ? [data(find(ctx, id)!)] : [])) }) }),
	},
	{
		matches: is(OP.tripsImport),
		summary: 'Adds the trips of an exported file that are not stored yet (a trip merged into another is still stored, inside the merge); a file that is not an export fails with 2373.',
		codes: [CODE.cantImportTable],
		check: (ctx) => (parseExport(ctx.params.file) ? undefined : { code: CODE.cantImportTable }),
		result: (ctx) => {
			const trips = parseExport(ctx.params.file)!;
			const fresh = trips.filter((t) => !ctx.state.data.trips.some((stored) => holds(stored, Number(t.id))));
			const { trip, vin } = documented(ctx.catalog);
			for (const t of fresh) ctx.state.data.trips.push({ id: Number(t.id), vin: typeof t.vin === 'string' ? t.vin : vin, data: { ...trip, ...t } });
			return { total: trips.length, imported: fresh.length };
		},
	},
	{
		matches: is(OP.statisticsDistance),
		summary: 'Adds up the distance of the VIN’s stored trips.',
		codes: [],
		result: (ctx) => ({ distance: sum(ofVin(ctx), 'distance') }),
	},
	{
		matches: is(OP.statisticsDuration),
		summary: 'Adds up the travel time of the VIN’s stored trips.',
		codes: [],
		result: (ctx) => ({ duration: sum(ofVin(ctx), 'travelTime') }),
	},
	{
		matches: is(OP.statisticsConsumption),
		summary: 'Adds up the consumption of the VIN’s stored trips.',
		codes: [],
		result: (ctx) => ({ fuelConsumtion: sum(ofVin(ctx), 'fuelConsumption'), otherEnergyConsumtion: sum(ofVin(ctx), 'otherEnergyConsumption') }),
	},
];
