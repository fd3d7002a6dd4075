// What the console ships to the browser: the catalogue without the prose it never shows (descriptions
// and notes), so the page fetches less and each run's worker receives less.
import type { Catalog, Field } from '../content-model/catalog.ts';

function bareFields(fields: Field[]): Field[] {
	return fields.map((f) => ({ ...f, description: '', values: f.values?.map((v) => ({ value: v.value, description: undefined })), fields: f.fields && bareFields(f.fields) }));
}

export function consoleCatalog(catalog: Catalog): Catalog {
	return {
		operations: catalog.operations.map((op) => ({ ...op, description: '', notes: [], parameters: bareFields(op.parameters), output: bareFields(op.output) })),
		errors: catalog.errors.map((e) => ({ ...e, description: '' })),
		components: catalog.components.map((c) => ({ ...c, description: '' })),
	};
}
