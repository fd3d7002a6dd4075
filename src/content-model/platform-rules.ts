import type { Catalog } from './catalog.ts';
import type { Field } from './schemas/field.ts';
import type { Platform } from './schemas/platform.ts';
import { formatPath, type Problem } from './problems.ts';

/** Platform marks must agree: with the field's type, with the operation's mark and with the enclosing field's. */
export function platformMarks(c: Catalog): Problem[] {
	const problems: Problem[] = [];
	for (const op of c.operations) {
		const push = (path: PropertyKey[], message: string) => problems.push({ file: op.file, path: formatPath(path), message });
		const visit = (fields: Field[], prefix: PropertyKey[], outer: Platform | undefined, outerName: string) =>
			fields.forEach((f, i) => {
				const path = [...prefix, i];
				const only = f.platform?.only;
				if (f.type === 'context' && only !== 'android') push([...path, 'platform'], 'an Android Context must be marked { only: android }');
				if (only && outer === only) push([...path, 'platform'], `redundant: ${outerName} is already ${only}-only`);
				else if (only && outer) push([...path, 'platform'], `${outerName} is ${outer}-only, so this field cannot be ${only}-only`);
				if (f.fields) visit(f.fields, [...path, 'fields'], only ?? outer, only ? `the field "${f.name}"` : outerName);
			});
		visit(op.parameters, ['parameters'], op.platform?.only, 'the operation');
		visit(op.output, ['output'], op.platform?.only, 'the operation');
		const d = op.discriminator;
		const index = d ? op.parameters.findIndex((p) => p.name === d.parameter) : -1;
		if (op.parameters[index]?.platform) push(['parameters', index, 'platform'], 'the discriminator picks the operation on both SDKs; it cannot be platform-only');
	}
	return problems;
}
