import type { Method } from './schemas/operation.ts';

/** `addPhoneNumber` -> `add-phone-number`. */
export function kebab(s: string): string {
	return s
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase();
}

/**
 * The URL slug (and file name) of an operation: method, the API name without `pims.`, and the subname,
 * e.g. `set-authentication-smscode-add-phone-number`. Lifecycle entries drop the method: `initialize`.
 */
export function operationSlug(op: { method: Method; api: string; discriminator?: { value: string } | undefined }): string {
	const parts = op.api.split('.').slice(1).map(kebab);
	const head = op.method === 'lifecycle' ? [] : [op.method];
	const tail = op.discriminator ? [kebab(op.discriminator.value)] : [];
	return [...head, ...parts, ...tail].join('-');
}

/** The heading readers know an operation by: `pims.authentication.smscode - addPhoneNumber`. */
export function operationTitle(op: { api: string; discriminator?: { value: string } | undefined }): string {
	return op.discriminator ? `${op.api} - ${op.discriminator.value}` : op.api;
}
