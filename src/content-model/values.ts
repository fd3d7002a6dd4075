// One check of a scalar value against its field (type, range, allowed values), shared by content
// validation (examples) and the simulator (call parameters). Pure: no zod, safe in the browser.
import type { Field } from './schemas/field.ts';

/** What is wrong with a value for a field of this scalar type, or undefined when it fits. */
export function scalarProblem(type: string, v: unknown, field: Pick<Field, 'minimum' | 'maximum' | 'values'>): string | undefined {
	const ok =
		(type === 'string' && typeof v === 'string') ||
		(type === 'integer' && typeof v === 'number' && Number.isInteger(v)) ||
		(type === 'number' && typeof v === 'number' && Number.isFinite(v)) ||
		(type === 'boolean' && typeof v === 'boolean');
	if (!ok) return `${JSON.stringify(v)} is not a valid ${type}`;
	if (typeof v === 'number' && ((field.minimum !== undefined && v < field.minimum) || (field.maximum !== undefined && v > field.maximum)))
		return `${v} is outside the allowed range ${field.minimum ?? '-∞'}..${field.maximum ?? '∞'}`;
	if (field.values && !field.values.some((a) => a.value === v)) return `${JSON.stringify(v)} is not one of the allowed values (${field.values.map((a) => JSON.stringify(a.value)).join(', ')})`;
	return undefined;
}
