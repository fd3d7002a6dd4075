// cases/sweeps.yaml checked against the content alone, never against the simulator: each sweep must cover every
// operation that documents its code, each step must be a call of such an operation, and each expected label must be
// the catalogue's, its placeholder filled by hand here from what the step changed in the documented call.
import { describe, expect, it } from 'vitest';
import { allErrors, type Operation } from '../content-model/index.ts';
import { loadCatalog } from '../content-model/node.ts';
import { documentedCall } from '../generators/call-shape.ts';
import { loadStories } from '../site/simulator-stories.ts';
import { route, routeTable } from './route.ts';

const catalog = loadCatalog();
const table = routeTable(catalog);
const sweeps = loadStories().filter((s) => s.file === 'sweeps.yaml');

/** Operations a sweep leaves to another story, and why; each must still be reached there (coverage.test.ts). */
const ELSEWHERE: Record<number, Record<string, string>> = {
	2001: { initialize: 'initialize is the call that starts the facade; lifecycle.yaml shows release then 2001' },
	2101: { initialize: 'lifecycle.yaml leaves out a nested parameter of initialize' },
	2102: { initialize: 'lifecycle.yaml gives initialize an out-of-range value' },
	2005: {},
};

/** A call's operations: lifecycle calls by name, the others by route. */
function operationOf(call: string, params: unknown): Operation | undefined {
	const [verb, api] = call.split(' ');
	if (verb === 'initialize' || verb === 'release') return catalog.operations.find((o) => o.slug === verb);
	const r = route(table, verb as 'get' | 'set' | 'subscribe', api, params);
	return r.ok ? r.op : undefined;
}

/** The parameters of an operation besides the one that picks it: a single call can get 2101 only if one is required, 2102 only if there is one. */
const ownParams = (op: Operation) => op.parameters.filter((p) => p.name !== op.discriminator?.parameter && p.type !== 'context');
const reachable = (code: number) => (op: Operation) => (code === 2101 ? ownParams(op).some((p) => p.required) : code === 2102 ? ownParams(op).length > 0 : true);

/** The parameter a step left out (2101) or changed (2102), by comparing its params with the documented call's. */
function changedParameter(op: Operation, params: unknown, code: number): string | undefined {
	const documented = (documentedCall(op).params ?? {}) as Record<string, unknown>;
	const given = (params ?? {}) as Record<string, unknown>;
	if (code === 2101) return Object.keys(documented).find((k) => !(k in given));
	return Object.keys(given).find((k) => JSON.stringify(given[k]) !== JSON.stringify(documented[k]));
}

describe('sweeps.yaml follows the content', () => {
	it.each(sweeps.map((s) => [s.name, s] as const))('%s', (_name, sweep) => {
		const code = Number(/\b(2\d{3})\b/.exec(sweep.name)?.[1]);
		const entry = catalog.errors.find((e) => e.code === code)!;
		expect(entry, `the sweep's name names a catalogue code`).toBeDefined();
		const covered = new Set<string>();
		for (const step of sweep.steps) {
			const failure = step.expect?.find((m) => m.status === 'FAILED');
			if (!failure) continue;
			const op = operationOf(step.call!, step.params);
			expect(op, `${step.call} reaches one operation`).toBeDefined();
			expect(failure.error?.code, `${op!.slug}`).toBe(code);
			expect(allErrors(op!), `${op!.slug} documents ${code}`).toContain(code);
			covered.add(op!.slug);
			let label = entry.label;
			if (code === 2101 || code === 2102) label = label.replace('[PARAMETER]', changedParameter(op!, step.params, code) ?? '?');
			if (code === 2344) label = label.replace('[Component]', op!.components[0] ?? '?');
			expect(failure.error?.label, `${op!.slug}`).toBe(label);
		}
		const owed = catalog.operations.filter((op) => allErrors(op).includes(code) && reachable(code)(op) && !ELSEWHERE[code]?.[op.slug]).map((op) => op.slug);
		expect(owed.filter((slug) => !covered.has(slug))).toEqual([]);
	});
});
