import type { Catalog, Operation } from '../content-model/catalog.ts';
import { CODE, isDictionary } from '../sdk/index.ts';
import type { ParamProblem, Params } from './validate-params.ts';

export type SdkMethod = 'get' | 'set' | 'subscribe';

export type Route = { ok: true; op: Operation } | { ok: false; code: typeof CODE.apiNotSupported } | ({ ok: false } & ParamProblem);

/** Index of operations by method and API name, built once per catalogue. */
export type RouteTable = Map<string, Operation[]>;

export function routeTable(catalog: Catalog): RouteTable {
	const table: RouteTable = new Map();
	for (const op of catalog.operations) {
		if (op.method === 'lifecycle') continue;
		const key = `${op.method} ${op.api}`;
		table.set(key, [...(table.get(key) ?? []), op]);
	}
	return table;
}

/** What routing needs of the operations sharing one API name and method, worked out once per group. */
interface Group {
	plain: Operation | undefined;
	withDiscriminator: Operation[];
	byValue: Operation[];
	/** The discriminators picked by value, in order, and every discriminator's name. */
	names: string[];
	allNames: string[];
}

const groups = new WeakMap<Operation[], Group>();

function groupOf(candidates: Operation[]): Group {
	let g = groups.get(candidates);
	if (!g) {
		const withDiscriminator = candidates.filter((op) => op.discriminator);
		const byValue = withDiscriminator.filter((op) => op.discriminator!.match !== 'presence');
		g = {
			plain: candidates.find((op) => !op.discriminator),
			withDiscriminator,
			byValue,
			names: [...new Set(byValue.map((op) => op.discriminator!.parameter))],
			allNames: [...new Set(withDiscriminator.map((op) => op.discriminator!.parameter))],
		};
		groups.set(candidates, g);
	}
	return g;
}

/**
 * Steps 2 and 3 of the order of decisions: the API name and method (2002), then the discriminator
 * that picks one operation among those sharing the name (2101 when absent, 2102 when unknown).
 */
export function route(table: RouteTable, method: SdkMethod, api: unknown, params: unknown): Route {
	if (typeof api !== 'string') return { ok: false, code: CODE.apiNotSupported };
	const candidates = table.get(`${method} ${api}`);
	if (!candidates?.length) return { ok: false, code: CODE.apiNotSupported };
	const { plain, withDiscriminator, byValue, names, allNames } = groupOf(candidates);
	if (withDiscriminator.length === 0) return plain ? { ok: true, op: plain } : { ok: false, code: CODE.apiNotSupported };
	const p: Params = isDictionary(params) ? params : {};
	const given = (name: string) => p[name] !== undefined && p[name] !== null;
	for (const name of names) {
		if (!given(name)) continue;
		const match = byValue.find((op) => op.discriminator!.parameter === name && op.discriminator!.value === p[name]);
		return match ? { ok: true, op: match } : { ok: false, code: CODE.invalidParameter, parameter: name };
	}
	// Operations picked by which identifier the call passes, e.g. steps by `vin` or by `stepsID`.
	const present = withDiscriminator.find((op) => op.discriminator!.match === 'presence' && given(op.discriminator!.parameter));
	if (present) return { ok: true, op: present };
	if (plain) return { ok: true, op: plain };
	return { ok: false, code: CODE.missingParameter, parameter: allNames[0]! };
}
