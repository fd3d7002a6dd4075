// Codes the SDK can return for a call whatever the operation: derived from the operation, never typed into its file.
import { CODE } from '../sdk/codes.ts';
import type { Operation } from './catalog.ts';

/**
 * The common codes that apply to an operation and that its own list does not already name: 2001 for every call but
 * initialize (the facade is not initialized yet, or released), 2101 when a parameter is required, 2102 when the
 * operation takes parameters. An Android `context` is no parameter here: JavaScript passes none.
 */
export function commonErrors(op: Pick<Operation, 'api' | 'parameters' | 'errors' | 'discriminator'>): number[] {
	const codes: number[] = [];
	const params = op.parameters.filter((p) => p.type !== 'context' && p.name !== op.discriminator?.parameter);
	if (op.api !== 'pims.initialize') codes.push(CODE.facadeNotInitialized);
	if (params.some((p) => p.required)) codes.push(CODE.missingParameter);
	if (params.length > 0) codes.push(CODE.invalidParameter);
	return codes.filter((c) => !op.errors.includes(c));
}

/** Every code the operation can return: its own list, then the common ones. */
export function allErrors(op: Pick<Operation, 'api' | 'parameters' | 'errors' | 'discriminator'>): number[] {
	return [...op.errors, ...commonErrors(op)];
}
