/** Slugs of the operations code refers to by name (state flows, the simulator's initial state). */
export const OP = {
	trustedPhoneNumber: 'get-authentication-trustedphonenumber',
	phoneNumberCertification: 'get-authentication-smscode-phone-number-certification',
	addPhoneNumber: 'set-authentication-smscode-add-phone-number',
	modifyPhoneNumber: 'set-authentication-smscode-modify-phone-number',
} as const;

export type OperationName = keyof typeof OP;
