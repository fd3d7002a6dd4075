// Which documented errors the stories reach from a preset, and why the others can only be forced.
import type { Catalog, Operation } from '../content-model/catalog.ts';
import { route, routeTable } from './route.ts';
import type { SimCase } from './run-case.ts';

/** Why some documented errors can only be forced: by code, and for single operations (`slug code`). Data in forced-only.yaml. */
export interface ForcedReasons {
	codes: Record<string, string>;
	pairs: Record<string, string>;
}

export interface Reached {
	story: string;
	preset: string;
}

/** The (operation, code) pairs the stories reach: FAILED answers to a call, and the car's refusals on the signal. */
export function reachedPairs(catalog: Catalog, stories: SimCase[]): Map<string, Reached> {
	const table = routeTable(catalog);
	const reached = new Map<string, Reached>();
	const opOf = (call: string, params: unknown): Operation | undefined => {
		const [verb, api] = call.split(' ');
		if (verb === 'initialize' || verb === 'release') return catalog.operations.find((o) => o.slug === verb);
		if (verb !== 'get' && verb !== 'set' && verb !== 'subscribe') return undefined;
		const r = route(table, verb, api, params);
		return r.ok ? r.op : undefined;
	};
	for (const story of stories) {
		if (story.scenario || story.conditions) continue;
		const at = { story: story.name, preset: story.preset ?? 'enrolled-ev' };
		for (const step of story.steps) {
			const op = step.call ? opOf(step.call, step.params) : undefined;
			const add = (o: Operation | undefined, code: number | undefined) => {
				if (o && code !== undefined && o.errors.includes(code) && !reached.has(`${o.slug} ${code}`)) reached.set(`${o.slug} ${code}`, at);
			};
			for (const m of step.expect ?? []) add(op, m.error?.code);
			// A refusal on the signal answers the command of this step.
			for (const e of step.events ?? []) {
				if (!e.error) continue;
				add(opOf(e.from, undefined), e.error.code);
				if (op?.slug.startsWith('set-vehicle-command-')) add(op, e.error.code);
			}
		}
	}
	return reached;
}

export type CoverageRow = { op: string; code: number; kind: 'natural'; story: string; preset: string } | { op: string; code: number; kind: 'forced'; reason: string | undefined };

/** Every (operation, documented error) pair, reached naturally or forced only. */
export function coverage(catalog: Catalog, stories: SimCase[], forced: ForcedReasons): CoverageRow[] {
	const reached = reachedPairs(catalog, stories);
	return catalog.operations.flatMap((op) =>
		op.errors.map((code): CoverageRow => {
			const r = reached.get(`${op.slug} ${code}`);
			if (r) return { op: op.slug, code, kind: 'natural', story: r.story, preset: r.preset };
			return { op: op.slug, code, kind: 'forced', reason: forced.pairs[`${op.slug} ${code}`] ?? forced.codes[String(code)] };
		}),
	);
}
