/** The account's vehicles and the state of the one the app works with (the simulator models one car). */
export interface VehicleState {
	/** The VINs of the account, as pims.vehicle.vins lists them. */
	vins: Array<{ vin: string; gdpr: boolean }>;
	/** The VIN remote commands go to (pims.vehicle.vin - remote); null until one is selected. */
	selectedVin: string | null;
	engine: 'BEV' | 'PHEV' | 'Thermal';
	/** Services started with pims.vehicle.service, e.g. `sendToNav`. */
	services: string[];
	/** Components that received the set-up they need (2344 otherwise), by tag. */
	configured: string[];
	doors: { locked: boolean; open: boolean };
	/** The car is within Bluetooth range of the phone. */
	inRange: boolean;
	/** The car is switched on (its power state is not STOP): immediate commands are refused with 2329. */
	switchedOn: boolean;
	/** When the horn and the lights last succeeded, on the simulator's clock (ms); null when never. */
	hornAt: number | null;
	lightsAt: number | null;
	charging: {
		plugged: boolean;
		state: 'DISCONNECTED' | 'INPROGRESS' | 'STOPPED' | 'FINISHED';
		level: number;
		deferredTime: string | null;
		/** The last charge request the car is still applying (for CAR_MS after it was sent), and what it asked: a second one then races it (2325, 2326). */
		inFlight: ChargeRequest | null;
	};
	preconditioning: 'Disabled' | 'Enabled' | 'Finished';
	/**
	 * What changed at the car (by hand: the key, its own screens) since the app last read it with
	 * pims.vehicle.informations: a command that relies on it is refused (2357, 2337, 2338) until the app reads it again.
	 */
	outOfDate: { doors: boolean; deferredHours: boolean; programs: boolean };
	/** Where the car is, moving a little while it drives. */
	position: { latitude: number; longitude: number };
}

/** A charge request: it starts a charge now, changes the deferred time, or both (chargeDeferredTime with startNow). */
export interface ChargeRequest {
	immediate: boolean;
	deferred: boolean;
	at: number;
}

/** How long the horn and the lights refuse a new request after a success (ms). */
export const COOL_DOWN_MS = 30_000;

/** How long the car takes to apply a remote command and report it on pims.vehicle.signal (ms). */
export const CAR_MS = 800;

export function createVehicle(): VehicleState {
	return {
		vins: [],
		selectedVin: null,
		engine: 'BEV',
		services: [],
		configured: [],
		doors: { locked: false, open: false },
		inRange: true,
		switchedOn: false,
		hornAt: null,
		lightsAt: null,
		charging: { plugged: true, state: 'DISCONNECTED', level: 80, deferredTime: null, inFlight: null },
		outOfDate: { doors: false, deferredHours: false, programs: false },
		preconditioning: 'Disabled',
		position: { latitude: 48.77232, longitude: 2.2151043 },
	};
}
