import type { Operation } from '../content-model/index.ts';
import { exampleObject, type Json } from './example-values.ts';

/** What a generated example calls: `pims.<kind>(name, params)`; lifecycle calls are `pims.<name>(params)`. */
export interface CallShape {
	kind: 'get' | 'set' | 'subscribe' | 'lifecycle';
	/** The API name, or for lifecycle calls the facade method (`initialize`, `release`). */
	name: string;
	/** The params dictionary; undefined when the call takes none. */
	params: { [key: string]: Json } | undefined;
}

/** The documented call of an operation, with every parameter's example. */
export function documentedCall(op: Operation): CallShape {
	const params = op.parameters.length ? exampleObject(op.parameters) : undefined;
	if (op.method === 'lifecycle') return { kind: 'lifecycle', name: op.api.replace(/^pims\./, ''), params };
	return { kind: op.method, name: op.api, params };
}
