// The platform the twin runs as: each SDK has only its own operations, parameters and output fields.
// An operation the other SDK alone has is unknown to this one, so it fails as any unknown API does (2002);
// a parameter the other SDK alone takes is neither required nor checked, as an SDK ignores keys it does not know.
import type { Field, Operation } from '../content-model/catalog.ts';
import type { Platform } from '../content-model/schemas/platform.ts';

export type { Platform };

/** The console runs as the Android SDK unless told otherwise. */
export const DEFAULT_PLATFORM: Platform = 'android';

export function isPlatform(v: unknown): v is Platform {
	return v === 'android' || v === 'ios';
}

/** Whether this platform's SDK has the operation. */
export function hasOperation(op: Operation, platform: Platform): boolean {
	return !op.platform || op.platform.only === platform;
}

const onPlatform = (f: Field, platform: Platform) => !f.platform || f.platform.only === platform;

function fieldsOn(fields: Field[], platform: Platform): Field[] {
	return fields.filter((f) => onPlatform(f, platform)).map((f) => (f.fields ? { ...f, fields: fieldsOn(f.fields, platform) } : f));
}

const views: Record<Platform, WeakMap<Operation, Operation>> = { android: new WeakMap(), ios: new WeakMap() };

/** The operation as this platform's SDK has it: the other platform's parameters and output fields left out. One view per operation, kept. */
export function operationOn(op: Operation, platform: Platform): Operation {
	let view = views[platform].get(op);
	if (!view) {
		const marked = (fields: Field[]): boolean => fields.some((f) => f.platform || (f.fields && marked(f.fields)));
		view = marked(op.parameters) || marked(op.output) ? { ...op, parameters: fieldsOn(op.parameters, platform), output: fieldsOn(op.output, platform) } : op;
		views[platform].set(op, view);
	}
	return view;
}
