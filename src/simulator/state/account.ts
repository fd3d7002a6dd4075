/** What an SMS code was sent for; each purpose has its own code. */
export type SmsPurpose = 'phoneNumberCertification' | 'enrollment' | 'resetPIN';

export interface SmsCode {
	code: number;
	/** The number certified, for phoneNumberCertification. */
	phoneNumber?: string;
	/** When it was sent, on the simulator's clock (ms). */
	sentAt: number;
}

/** The account at the backend and at inWebo, the strong-authentication provider. */
export interface AccountState {
	/** The trusted phone number; null when the account has none. */
	phoneNumber: string | null;
	/** Numbers other accounts have registered: enrolling with one fails with 2390. */
	numbersInUse: string[];
	/** The PIN chosen at enrolment; null before any enrolment. */
	pin: number | null;
	/** Wrong PINs in a row; at PIN_ATTEMPTS the account is blocked. */
	wrongPins: number;
	blocked: boolean;
	/** Whether the account has an activated inWebo token (some device was enrolled once). */
	tokenActivated: boolean;
	/** inWebo disabled this device when its enrolment was removed: enrolling again fails with 2312 until the steps are reloaded with `resetSteps: true`. */
	deviceDisabled: boolean;
	/** inWebo holds the account's token waiting for an upgrade (an update of the app): its operations are forbidden (2317). */
	tokenUpgradable: boolean;
	/** The codes sent and not used yet, by purpose. */
	smsCodes: Partial<Record<SmsPurpose, SmsCode>>;
}

/** Wrong PINs in a row that block the account. */
export const PIN_ATTEMPTS = 3;

/** How long an SMS code stays valid after it is sent (ms); the content gives no figure, so ten minutes. */
export const SMS_CODE_VALIDITY_MS = 10 * 60_000;

export function createAccount(phoneNumber: string | null): AccountState {
	return { phoneNumber, numbersInUse: [], pin: null, wrongPins: 0, blocked: false, tokenActivated: false, deviceDisabled: false, tokenUpgradable: false, smsCodes: {} };
}
