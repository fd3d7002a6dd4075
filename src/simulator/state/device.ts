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
}

export const DEVICE_SETTINGS = ['bluetooth', 'location', 'paired', 'offline', 'permissions'] as const satisfies ReadonlyArray<keyof DeviceState>;

export function createDevice(): DeviceState {
	return { bluetooth: true, location: true, paired: true, offline: false, permissions: true };
}
