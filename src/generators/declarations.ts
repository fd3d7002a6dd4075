import type { Catalog, Field, Operation } from '../content-model/catalog.ts';
import { CODE } from '../sdk/index.ts';

// The `pims` type declarations the console's editor loads: completions, hovers and red squiggles
// come from the same content as the pages.

function doc(text: string, indent: string): string {
	const lines = text.trim().replace(/\*\//g, '* /').split('\n');
	return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

const literal = (v: string | number | boolean) => JSON.stringify(v);

function fieldType(f: Field, indent: string): string {
	if (f.values?.length && f.type !== 'array') return f.values.map((v) => literal(v.value)).join(' | ');
	switch (f.type) {
		case 'string':
			return 'string';
		case 'integer':
		case 'number':
			return 'number';
		case 'boolean':
			return 'boolean';
		case 'context':
			return 'unknown';
		case 'object':
			return objectType(f.fields ?? [], indent);
		case 'array': {
			const item =
				f.items === 'object'
					? objectType(f.fields ?? [], indent)
					: f.values?.length
						? `(${f.values.map((v) => literal(v.value)).join(' | ')})`
						: f.items === 'integer'
							? 'number'
							: (f.items ?? 'unknown');
			return `Array<${item}>`;
		}
	}
}

function fieldDoc(f: Field): string {
	const parts = [f.description];
	if (f.unit) parts.push(`Unit: ${f.unit}.`);
	if (f.minimum !== undefined || f.maximum !== undefined) parts.push(`Range: ${f.minimum ?? '…'} to ${f.maximum ?? '…'}.`);
	if (f.type === 'context') parts.push('Android only: pass nothing here.');
	if (f.example !== undefined) parts.push(`@example ${JSON.stringify(f.example)}`);
	return parts.join('\n');
}

function objectType(fields: Field[], indent: string): string {
	if (fields.length === 0) return 'Record<string, never>';
	const inner = `${indent}\t`;
	const members = fields.map((f) => {
		const optional = !f.required || f.type === 'context' ? '?' : '';
		return `${doc(fieldDoc(f), inner)}${inner}${f.name}${optional}: ${fieldType(f, inner)};`;
	});
	return `{\n${members.join('\n')}\n${indent}}`;
}

function opDoc(op: Operation): string {
	return `${op.title} (${op.method}), since v${op.since}: ${op.summary}`;
}

/** One entry of a method's table: the API name, and the params and result of each operation behind it. */
function apiEntry(api: string, ops: Operation[]): string {
	const indent = '\t';
	const params = ops.map((op) => objectType(op.parameters, `${indent}\t`)).join(' | ');
	const results = [...new Set(ops.map((op) => (op.output.length ? objectType(op.output, `${indent}\t`) : 'Record<string, never>')))].join(' | ');
	const required = ops.some((op) => op.parameters.some((p) => p.required && p.type !== 'context'));
	const d = doc(ops.map(opDoc).join('\n\n'), indent);
	return `${d}${indent}${JSON.stringify(api)}: {\n${indent}\tparams: ${params};\n${indent}\tresult: ${results};\n${indent}\trequired: ${required};\n${indent}};`;
}

function table(name: string, ops: Operation[]): string {
	const byApi = new Map<string, Operation[]>();
	for (const op of ops) byApi.set(op.api, [...(byApi.get(op.api) ?? []), op]);
	const entries = [...byApi].map(([api, list]) => apiEntry(api, list));
	return `interface ${name} {\n${entries.join('\n')}\n}`;
}

/**
 * The whole declaration file. Each method takes an API name from its table; the params that follow are
 * typed from that API's operations, so a wrong key or value is underlined where it is written.
 */
export function pimsDeclarations(catalog: Catalog): string {
	const sdk = catalog.operations.filter((o) => o.method !== 'lifecycle');
	const of = (m: string) => sdk.filter((o) => o.method === m);
	const subscribeApis = [...new Set(of('subscribe').map((o) => literal(o.api)))];
	const init = catalog.operations.find((o) => o.api === 'pims.initialize');
	const initParams = init ? objectType(init.parameters, '\t') : 'Record<string, unknown>';
	return `/** A message as the SDK hands it to a callback. */
interface Message<R = Record<string, unknown>> {
	/** Shared by every message of one call or one subscription. */
	transactionId: string;
	status: 'SUCCEEDED' | 'FAILED' | 'RESULT';
	/** Present on success (for a read always) and on RESULT events without error. */
	result?: R;
	/** Present when status is FAILED, or on a RESULT event that failed. */
	error?: { code: number; label: string };
}

${table('PimsGetApis', of('get'))}

${table('PimsSetApis', of('set'))}

${table('PimsSubscribeApis', of('subscribe'))}

/** Params first (required when the API has required parameters), then an optional callback. */
type PimsArgs<E extends { params: unknown; result: unknown; required: boolean }> = E['required'] extends true
	? [params: E['params'], callback?: (message: Message<E['result']>) => void]
	: [params?: E['params'], callback?: (message: Message<E['result']>) => void];

/** The pims SDK facade, simulated. Every call also returns a promise of its (first) message. */
interface Pims {
	/** Reads something once: one SUCCEEDED message with a result, or one FAILED. */
	get<A extends keyof PimsGetApis>(api: A, ...args: PimsArgs<PimsGetApis[A]>): Promise<Message<PimsGetApis[A]['result']>>;
	/** Changes something once: one SUCCEEDED message, or one FAILED. */
	set<A extends keyof PimsSetApis>(api: A, ...args: PimsArgs<PimsSetApis[A]>): Promise<Message<PimsSetApis[A]['result']>>;
	/** Starts a stream: an acknowledgement, then RESULT events to the callback until unsubscribe. */
	subscribe<A extends keyof PimsSubscribeApis>(api: A, ...args: PimsArgs<PimsSubscribeApis[A]>): Promise<Message<PimsSubscribeApis[A]['result']>>;
	/** Stops the events of a subscription. */
	unsubscribe(api: ${subscribeApis.join(' | ') || 'string'}, callback?: (message: Message) => void): Promise<Message>;
	/** Starts the facade. The console's simulator starts already initialized. */
	initialize(parameters: ${initParams}, callback?: (message: Message) => void): Promise<Message>;
	/** Stops the facade; calls then fail with ${CODE.facadeNotInitialized} until initialize succeeds again. */
	release(callback?: (message: Message) => void): Promise<Message>;
}

declare const pims: Pims;
`;
}
