/** The phone's settings the reader can toggle, like a user would in the phone's settings. */
export interface DeviceState {
	bluetooth: boolean;
	location: boolean;
	/** Paired with the car over Bluetooth. */
	paired: boolean;
	/** No internet: operations that document 2202 fail with it. */
	offline: boolean;
	/** The operating-system permissions the SDK asks for are granted. */
	permissions: boolean;
	/** The phone sets its date and time automatically; off, its clock is wrong and car key activation fails with 2356. */
	autoTime: boolean;
}

export function createDevice(): DeviceState {
	return { bluetooth: true, location: true, paired: true, offline: false, permissions: true, autoTime: true };
}
