// A documented call with some parameters changed or left out, for guides that need a variant of the documented example.
import type { Field, Operation } from '../content-model/catalog.ts';
import { documentedCall, type CallShape } from '../generators/index.ts';
import { CODE, isDictionary, type Json } from '../sdk/index.ts';
import { validateParams, type Params } from '../simulator/validate-params.ts';

export interface CallOverride {
	/** Top-level parameters whose documented example is replaced by this value (objects are replaced whole). */
	params?: { [key: string]: Json } | undefined;
	/** Optional parameters left out of the call. */
	omit?: string[] | undefined;
}

/** Keys of `params` that are not declared by `fields`, nested ones named by their path. */
export function undeclaredKeys(fields: Field[], params: Params, prefix = ''): string[] {
	const byName = new Map(fields.map((f) => [f.name, f]));
	return Object.entries(params).flatMap(([key, value]) => {
		const field = byName.get(key);
		const path = prefix + key;
		if (!field || field.type === 'context') return [path];
		if (field.type === 'object' && isDictionary(value)) return undeclaredKeys(field.fields ?? [], value, `${path}.`);
		if (field.type === 'array' && field.items === 'object' && Array.isArray(value)) return value.flatMap((item) => (isDictionary(item) ? undeclaredKeys(field.fields ?? [], item, `${path}.`) : []));
		return [];
	});
}

/**
 * The operation's documented call with the override applied. Throws, naming the operation, when the result is
 * a call the SDK would refuse: an undeclared parameter, a changed discriminator, a required parameter left
 * out (2101) or a value of the wrong type, outside the allowed values or outside the range (2102).
 */
export function overrideCall(op: Operation, override: CallOverride): CallShape {
	const call = documentedCall(op);
	const params: { [key: string]: Json } = { ...(call.params ?? {}) };
	const fail = (why: string) => {
		throw new Error(`${op.slug}: the call in this guide is not one the SDK accepts: ${why}`);
	};
	const changes = override.params ?? {};
	const omit = override.omit ?? [];
	const unknown = [...undeclaredKeys(op.parameters, changes), ...omit.filter((name) => !op.parameters.some((f) => f.name === name))];
	if (unknown.length) fail(`${unknown.join(', ')} ${unknown.length > 1 ? 'are not parameters' : 'is not a parameter'} of this operation`);
	const disc = op.discriminator;
	if (disc && (omit.includes(disc.parameter) || (disc.parameter in changes && changes[disc.parameter] !== disc.value)))
		fail(`${disc.parameter} must stay ${JSON.stringify(disc.value)}, or the call reaches another operation`);
	Object.assign(params, changes);
	for (const name of omit) delete params[name];
	const problem = validateParams(op.parameters, params);
	if (problem) fail(`${problem.code === CODE.missingParameter ? 'Missing' : 'Invalid'} ${problem.parameter} parameter (${problem.code})`);
	return { ...call, params: Object.keys(params).length ? params : undefined };
}
