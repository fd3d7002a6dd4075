import type { JsonObject } from '../../sdk/index.ts';

/** A trip stored on the phone: the documented trip data, under its own id. */
export interface StoredTrip {
	id: number;
	vin: string;
	/** The trip's data as the SDK returns it (id and vin included). */
	data: JsonObject;
	/** For a trip made by a merge: the trips it replaced, which unmerge restores. */
	mergedFrom?: StoredTrip[];
}

/** What the SDK keeps on the phone or at the backend for the app. */
export interface StoredDataState {
	trips: StoredTrip[];
	nextTripId: number;
	/** The trips the last merge or unmerge made, which its result returns. */
	lastChanged?: number[];
	/** Destinations sent to the car and kept for it (`preserve: true`). */
	destinations: JsonObject[];
	/** Push notification settings per VIN: event name -> enabled or disabled. */
	notifications: Record<string, Record<string, 'enabled' | 'disabled'>>;
	pushToken: string | null;
	/** Fuel and electricity prices per VIN. */
	prices: Record<string, { priceFuel?: number; priceElectric?: number }>;
}

export function createStoredData(): StoredDataState {
	return { trips: [], nextTripId: 1000, destinations: [], notifications: {}, pushToken: null, prices: {} };
}
