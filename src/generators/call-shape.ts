import type { Operation } from '../content-model/catalog.ts';
import type { Platform } from '../content-model/schemas/platform.ts';
import type { Json } from '../sdk/index.ts';
import { exampleObject } from '../content-model/examples.ts';

/** What a generated example calls: `pims.<kind>(name, params)`; lifecycle calls are `pims.<name>(params)`. */
export interface CallShape {
	kind: 'get' | 'set' | 'subscribe' | 'lifecycle';
	/** The API name, or for lifecycle calls the facade method (`initialize`, `release`). */
	name: string;
	/** The params dictionary; undefined when the call takes none. */
	params: { [key: string]: Json } | undefined;
	/** Parameters Kotlin passes as the app's Android `Context` variable of the same name; Swift has none. */
	androidContext?: string[];
	/** Set when only one SDK has the operation: the other platform gets no example. */
	platform?: Platform;
	/** Parameters only one SDK takes, by name, e.g. `{ smsCode: 'ios' }`: the other platform's example leaves them out. */
	onlyOn?: { [name: string]: Platform };
}

/** The call's params as one platform's SDK takes them: without the other platform's parameters. */
export function paramsFor(call: { params?: CallShape['params']; onlyOn?: CallShape['onlyOn'] | undefined }, platform: Platform): CallShape['params'] {
	if (!call.params || !call.onlyOn) return call.params;
	const kept = Object.entries(call.params).filter(([name]) => (call.onlyOn?.[name] ?? platform) === platform);
	return kept.length ? Object.fromEntries(kept) : undefined;
}

/** Whether the platform's SDK has the call at all. */
export function hasCallOn(call: CallShape, platform: Platform): boolean {
	return call.platform === undefined || call.platform === platform;
}

/** The documented call of an operation, with every parameter's example. */
export function documentedCall(op: Operation): CallShape {
	const data = exampleObject(op.parameters);
	const params = Object.keys(data).length ? data : undefined;
	const androidContext = op.parameters.filter((p) => p.type === 'context').map((p) => p.name);
	const marked = op.parameters.filter((p) => p.platform && p.type !== 'context');
	const extra = {
		...(androidContext.length ? { androidContext } : {}),
		...(op.platform ? { platform: op.platform.only } : {}),
		...(marked.length ? { onlyOn: Object.fromEntries(marked.map((p) => [p.name, p.platform?.only ?? 'android'])) } : {}),
	};
	if (op.method === 'lifecycle') return { kind: 'lifecycle', name: op.api.replace(/^pims\./, ''), params, ...extra };
	return { kind: op.method, name: op.api, params, ...extra };
}
