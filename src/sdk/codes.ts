/**
 * The error codes code refers to by name (the simulator's decisions, the pages that describe them).
 * Every one must exist in the content's error catalogue; a content rule checks it.
 */
export const CODE = {
	facadeNotInitialized: 2001,
	apiNotSupported: 2002,
	duplicateCommand: 2005,
	facadeAlreadyInitialized: 2007,
	missingParameter: 2101,
	invalidParameter: 2102,
	timeout: 2201,
	noInternet: 2202,
	invalidSmsCode: 2305,
	noPhoneNumber: 2307,
} as const;

export type CodeName = keyof typeof CODE;
