/** What the inWebo client inside the SDK holds on the phone: an enrolment in progress, and the service it talks to. */
export interface InWeboState {
	/**
	 * `underway` from the enrolment code check (pims.authentication.smscode, action enrollment) on a device not
	 * enrolled, until the device enrols; a logout or pims.release in between leaves it `interrupted`, and inWebo calls
	 * then fail with 2311 until the enrolment starts over with a new enrolment code.
	 */
	enrolment: 'none' | 'underway' | 'interrupted';
	/** pims.initialize gave an inWeboURL the service answers at (an https address) and a macID: otherwise 2314. */
	serviceReachable: boolean;
}

export function createInWebo(): InWeboState {
	return { enrolment: 'none', serviceReachable: true };
}

/** The session ends (logout, pims.release) with an enrolment under way: what inWebo holds no longer matches. */
export function interruptEnrolment(s: InWeboState): void {
	if (s.enrolment === 'underway') s.enrolment = 'interrupted';
}

/** inWebo settings a service answers at: an https address and a macID. */
export function reachableSettings(credential: Record<string, unknown>): boolean {
	return typeof credential.inWeboURL === 'string' && /^https:\/\/[^\s/]+/.test(credential.inWeboURL) && typeof credential.macID === 'string' && credential.macID !== '';
}
