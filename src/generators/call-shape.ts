import type { Operation } from '../content-model/catalog.ts';
import type { Json } from '../sdk/index.ts';
import { exampleObject } from './example-values.ts';

/** What a generated example calls: `pims.<kind>(name, params)`; lifecycle calls are `pims.<name>(params)`. */
export interface CallShape {
	kind: 'get' | 'set' | 'subscribe' | 'lifecycle';
	/** The API name, or for lifecycle calls the facade method (`initialize`, `release`). */
	name: string;
	/** The params dictionary; undefined when the call takes none. */
	params: { [key: string]: Json } | undefined;
	/** Parameters Kotlin passes as the app's Android `Context` variable of the same name; Swift has none. */
	androidContext?: string[];
}

/** The documented call of an operation, with every parameter's example. */
export function documentedCall(op: Operation): CallShape {
	const data = exampleObject(op.parameters);
	const params = Object.keys(data).length ? data : undefined;
	const androidContext = op.parameters.filter((p) => p.type === 'context').map((p) => p.name);
	const extra = androidContext.length ? { androidContext } : {};
	if (op.method === 'lifecycle') return { kind: 'lifecycle', name: op.api.replace(/^pims\./, ''), params, ...extra };
	return { kind: op.method, name: op.api, params, ...extra };
}
