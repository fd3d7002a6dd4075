// A field table of an operation as Markdown: the same rows and facts as the page's table.
import type { Field } from '../../content-model/index.ts';
import { PLATFORM_LABEL } from '../platforms.ts';
import { exampleText, flattenFields, typeLabel } from '../fields.ts';
import { code, table } from './markdown.ts';

function details(field: Field): string {
	const parts = [field.platform ? `${PLATFORM_LABEL[field.platform.only]} only: ${field.platform.reason}` : '', field.description].filter(Boolean);
	if (field.unit) parts.push(`Unit: ${field.unit}.`);
	if (field.minimum !== undefined || field.maximum !== undefined) parts.push(`Range: ${field.minimum ?? '…'} to ${field.maximum ?? '…'}.`);
	if (field.values) parts.push(`Allowed values: ${field.values.map((v) => `${code(JSON.stringify(v.value))}${v.description ? ` (${v.description})` : ''}`).join(', ')}.`);
	return parts.join(' ');
}

export function fieldTable(fields: Field[], kind: 'parameters' | 'output'): string {
	const presence = (f: Field) => (kind === 'parameters' ? (f.required ? 'required' : 'optional') : f.required ? 'always' : 'optional');
	return table(
		['Name', 'Type', kind === 'parameters' ? 'Required' : 'Present', 'Description', 'Example'],
		flattenFields(fields).map(({ field, path }) => {
			const example = exampleText(field);
			return [code(path), typeLabel(field), presence(field), details(field), example === undefined ? '' : code(example)];
		}),
	);
}
