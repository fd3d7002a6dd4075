import type { ErrorEntry, Operation } from '../content-model/catalog.ts';

/**
 * Fills an error label's placeholders for one operation, the way the SDK would:
 * [PARAMETER] gets the parameter named (explicitly, or the first required one other than the discriminator),
 * [Component] the operation's first component, anything else the operation's `placeholders`.
 * A placeholder with no value stays as the catalogue prints it.
 */
export function fillLabel(entry: ErrorEntry, op: Pick<Operation, 'parameters' | 'components' | 'placeholders' | 'discriminator'>, parameter?: string): string {
	return entry.placeholders.reduce((label, name) => {
		const value = placeholderValue(name, op, parameter);
		return value === undefined ? label : label.split(`[${name}]`).join(value);
	}, entry.label);
}

function placeholderValue(
	name: string,
	op: Pick<Operation, 'parameters' | 'components' | 'placeholders' | 'discriminator'>,
	parameter: string | undefined,
): string | undefined {
	if (op.placeholders[name] !== undefined) return op.placeholders[name];
	if (name === 'PARAMETER') return parameter ?? defaultParameter(op);
	if (name === 'Component') return op.components[0];
	return undefined;
}

/** The parameter a documented 2101/2102 message names: the first required one that is not the discriminator. */
export function defaultParameter(op: Pick<Operation, 'parameters' | 'discriminator'>): string | undefined {
	const params = op.parameters;
	const pick =
		params.find((p) => p.required && p.name !== op.discriminator?.parameter) ??
		params.find((p) => p.name !== op.discriminator?.parameter) ??
		params[0];
	return pick?.name;
}
