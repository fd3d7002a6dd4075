import type { Field } from './catalog.ts';
import type { Json } from '../sdk/index.ts';

/** The example value of one field; objects and lists of objects are built from their children. */
export function exampleOf(field: Field): Json {
	if (field.type === 'object') return exampleObject(field.fields ?? []);
	if (field.type === 'array' && field.items === 'object') return [exampleObject(field.fields ?? [])];
	return field.example as Json;
}

/** A dictionary of every field's example, keyed by name, in content order. Android contexts are not data and are left out. */
export function exampleObject(fields: Field[]): { [key: string]: Json } {
	return Object.fromEntries(fields.filter((f) => f.type !== 'context').map((f) => [f.name, exampleOf(f)]));
}
