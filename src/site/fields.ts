import type { Field } from '../content-model/index.ts';

/** A field with its dotted path, for tables that show nested fields as indented rows. */
export interface FieldRow {
	field: Field;
	path: string;
	depth: number;
}

export function flattenFields(fields: Field[], prefix = '', depth = 0): FieldRow[] {
	return fields.flatMap((field) => {
		const path = prefix ? `${prefix}.${field.name}` : field.name;
		const childPrefix = field.type === 'array' ? `${path}[]` : path;
		return [{ field, path, depth }, ...flattenFields(field.fields ?? [], childPrefix, depth + 1)];
	});
}

/** How a type reads in a table: `string`, `list of integer`, `object`. */
export function typeLabel(field: Field): string {
	if (field.type === 'context') return 'Android Context';
	return field.type === 'array' ? `list of ${field.items ?? 'values'}` : field.type;
}

/** The example as the JSON a message would carry, for scalar and list fields. */
export function exampleText(field: Field): string | undefined {
	return field.example === undefined ? undefined : JSON.stringify(field.example);
}
