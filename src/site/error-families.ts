// The families of the error catalogue, in the order the error codes page and its twin list them.
import type { ErrorFamily } from '../content-model/index.ts';

export const ERROR_FAMILIES: Array<{ family: ErrorFamily; title: string; intro: string }> = [
	{ family: 'generic', title: 'Generic errors', intro: 'Problems with the SDK itself or with how it was set up, whatever API was called.' },
	{ family: 'input', title: 'Input errors', intro: 'The call’s parameters are missing or wrong. Fix the call; retrying it unchanged fails again.' },
	{ family: 'output', title: 'Output and transport errors', intro: 'The request left the device but no usable answer came back.' },
	{ family: 'specific', title: 'Errors specific to an API family', intro: 'Refusals that only some operations can produce, each explained below.' },
];
