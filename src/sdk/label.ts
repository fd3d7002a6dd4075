/** An error catalogue entry as far as its label goes. */
export interface LabelTemplate {
	label: string;
	/** The bracketed names in the label the SDK fills in, e.g. `PARAMETER`. */
	placeholders: readonly string[];
}

/** What an operation contributes to its error labels. */
export interface LabelSource {
	parameters: readonly { name: string; required: boolean }[];
	components: readonly string[];
	placeholders: Readonly<Record<string, string>>;
	discriminator?: { parameter: string } | undefined;
}

/** No operation known (the call never reached one): only an explicit parameter fills anything. */
const NO_OPERATION: LabelSource = { parameters: [], components: [], placeholders: {} };

/**
 * Fills an error label's placeholders for one operation, the way the SDK would:
 * [PARAMETER] gets the parameter named (explicitly, or the first required one other than the discriminator),
 * [Component] the operation's first component, anything else the operation's `placeholders`.
 * A placeholder with no value stays as the catalogue prints it.
 */
export function fillLabel(entry: LabelTemplate, op: LabelSource = NO_OPERATION, parameter?: string): string {
	return entry.placeholders.reduce((label, name) => {
		const value = placeholderValue(name, op, parameter);
		return value === undefined ? label : label.split(`[${name}]`).join(value);
	}, entry.label);
}

function placeholderValue(name: string, op: LabelSource, parameter: string | undefined): string | undefined {
	if (op.placeholders[name] !== undefined) return op.placeholders[name];
	if (name === 'PARAMETER') return parameter ?? defaultParameter(op);
	if (name === 'Component') return op.components[0];
	return undefined;
}

/** The parameter a documented missing/invalid parameter message names: the first required one that is not the discriminator. */
export function defaultParameter(op: Pick<LabelSource, 'parameters' | 'discriminator'>): string | undefined {
	const params = op.parameters;
	const pick = params.find((p) => p.required && p.name !== op.discriminator?.parameter) ?? params.find((p) => p.name !== op.discriminator?.parameter) ?? params[0];
	return pick?.name;
}
