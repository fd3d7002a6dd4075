import type { Field } from '../content-model/catalog.ts';
import { scalarProblem } from '../content-model/values.ts';
import { CODE, isDictionary } from '../sdk/index.ts';

/** Why a call's parameters were refused: the SDK's 2101 (missing) or 2102 (invalid), naming the parameter. */
export interface ParamProblem {
	code: typeof CODE.missingParameter | typeof CODE.invalidParameter;
	parameter: string;
}

export type Params = Record<string, unknown>;

/** Longer strings and arrays are refused with 2102: no documented parameter comes near, and storing them would only slow the console. */
export const MAX_PARAM_LENGTH = 10_000;

/**
 * Checks params against the operation's fields, depth first, in content order; reports the first problem.
 * Only declared fields are read, so unknown keys, cycles or huge values elsewhere cost nothing.
 * An Android `context` is optional here: JavaScript has none to pass.
 */
export function validateParams(fields: Field[], params: Params, prefix = ''): ParamProblem | undefined {
	for (const field of fields) {
		const name = prefix + field.name;
		if (field.type === 'context') continue;
		const value = Object.prototype.hasOwnProperty.call(params, field.name) ? params[field.name] : undefined;
		if (value === undefined || value === null) {
			if (field.required) return { code: CODE.missingParameter, parameter: name };
			continue;
		}
		const problem = checkValue(field, value, name);
		if (problem) return problem;
	}
	return undefined;
}

function checkValue(field: Field, value: unknown, name: string): ParamProblem | undefined {
	const invalid: ParamProblem = { code: CODE.invalidParameter, parameter: name };
	switch (field.type) {
		case 'object':
			return isDictionary(value) ? validateParams(field.fields ?? [], value, `${name}.`) : invalid;
		case 'array': {
			if (!Array.isArray(value) || value.length > MAX_PARAM_LENGTH) return invalid;
			for (const item of value) {
				if (field.items === 'object') {
					if (!isDictionary(item)) return invalid;
					const inner = validateParams(field.fields ?? [], item, `${name}.`);
					if (inner) return inner;
				} else if ((typeof item === 'string' && item.length > MAX_PARAM_LENGTH) || !scalarOk(field.items ?? 'string', item, field)) return invalid;
			}
			return undefined;
		}
		default:
			if (typeof value === 'string' && value.length > MAX_PARAM_LENGTH) return invalid;
			return scalarOk(field.type, value, field) ? undefined : invalid;
	}
}

function scalarOk(type: string, v: unknown, field: Field): boolean {
	return scalarProblem(type, v, field) === undefined;
}
