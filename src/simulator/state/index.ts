// What the simulated SDK remembers between calls, split by concern. Plain data only, so that a state can be
// posted to a worker, shared in a link and shown in a panel as it is.
import type { Catalog } from '../../content-model/catalog.ts';
import { exampleOf } from '../../content-model/examples.ts';
import { isDictionary, OP, type JsonObject } from '../../sdk/index.ts';
import { DEFAULT_PRESET, presetById, type Preset } from '../presets.ts';
import { createAccount, type AccountState } from './account.ts';
import { createDevice, type DeviceState } from './device.ts';
import { createInWebo, type InWeboState } from './inwebo.ts';
import { createSession, type SessionState } from './session.ts';
import { createStoredData, type StoredDataState } from './stored-data.ts';
import { createVehicle, type VehicleState } from './vehicle.ts';

export interface SimState {
	/** The facade: pims.initialize has succeeded and pims.release has not run since. */
	initialized: boolean;
	/** The preset the state started from. */
	preset: string;
	session: SessionState;
	account: AccountState;
	vehicle: VehicleState;
	device: DeviceState;
	/** The inWebo client on the phone: an enrolment under way or interrupted, the service it reaches. */
	inwebo: InWeboState;
	data: StoredDataState;
}

/** The documented values the initial state is made of, so that documented successes print as documented. */
export interface Documented {
	phoneNumber: string;
	username: string;
	vin: string;
	trip: JsonObject;
	prices: { priceFuel?: number; priceElectric?: number };
	pin: number;
}

const cache = new WeakMap<Catalog, Documented>();

function output(catalog: Catalog, slug: string, field: string): unknown {
	const f = catalog.operations.find((o) => o.slug === slug)?.output.find((x) => x.name === field);
	return f ? exampleOf(f) : undefined;
}

function param(catalog: Catalog, slug: string, field: string): unknown {
	return catalog.operations.find((o) => o.slug === slug)?.parameters.find((x) => x.name === field)?.example;
}

const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const obj = (v: unknown): JsonObject => (isDictionary(v) ? (v as JsonObject) : {});

export function documented(catalog: Catalog): Documented {
	let d = cache.get(catalog);
	if (!d) {
		const vins = output(catalog, OP.vins, 'vins');
		const firstVin = Array.isArray(vins) ? obj(vins[0]).vin : undefined;
		d = {
			phoneNumber: str(output(catalog, OP.trustedPhoneNumber, 'phoneNumber'), '0612345678'),
			username: str(output(catalog, OP.username, 'username'), 'user@example.com'),
			vin: str(firstVin, 'VR1AB12C3D4567890'),
			trip: obj(output(catalog, OP.tripById, 'trip')),
			prices: { priceFuel: num(output(catalog, OP.getPrice, 'priceFuel')), priceElectric: num(output(catalog, OP.getPrice, 'priceElectric')) },
			pin: num(param(catalog, OP.enroll, 'pinCode')) ?? 1234,
		};
		cache.set(catalog, d);
	}
	return d;
}

/** The two trips the documented calls name (418 and 419), made of the documented trip. */
export function documentedTrips(catalog: Catalog, vin: string) {
	const { trip } = documented(catalog);
	const { mergedIds: _merged, ...plain } = trip;
	return [418, 419].map((id) => ({ id, vin, data: { ...plain, id, vin } }));
}

function fromPreset(catalog: Catalog, p: Preset): SimState {
	const d = documented(catalog);
	const state: SimState = {
		initialized: p.initialized,
		preset: p.id,
		// A logged-out preset keeps the device enrolled from an earlier session, except on a fresh install.
		session: createSession(d.username, { loggedIn: p.session !== 'loggedOut', enrolled: p.session === 'enrolled' || (p.session === 'loggedOut' && p.initialized) }),
		account: createAccount(p.phoneNumber ? d.phoneNumber : null),
		vehicle: createVehicle(),
		device: { ...createDevice(), ...p.device },
		inwebo: createInWebo(),
		data: createStoredData(),
	};
	if (state.session.enrolled) Object.assign(state.account, { pin: d.pin, tokenActivated: true });
	state.account.blocked = p.blocked === true;
	// A fresh install has configured nothing; otherwise pims.initialize ran with the inWebo settings.
	if (p.initialized) state.vehicle.configured.push('StrongAuthentication', 'O2X');
	if (p.vehicle) {
		state.vehicle.vins = [{ vin: d.vin, gdpr: true }];
		state.vehicle.selectedVin = p.initialized ? d.vin : null;
		if (p.initialized) state.vehicle.configured.push('TripNDrive');
		state.data.trips = documentedTrips(catalog, d.vin);
		state.data.prices[d.vin] = { ...d.prices };
	}
	return state;
}

export interface StateOptions {
	/** Overrides the preset's facade state. */
	initialized?: boolean;
	/** A preset id (see PRESETS); the default is the enrolled one. */
	preset?: string;
}

export function createState(catalog: Catalog, options: StateOptions = {}): SimState {
	const p = presetById(options.preset ?? DEFAULT_PRESET);
	if (!p) throw new Error(`unknown preset "${options.preset}"`);
	const state = fromPreset(catalog, p);
	if (options.initialized !== undefined) state.initialized = options.initialized;
	return state;
}

export type { AccountState, DeviceState, InWeboState, SessionState, StoredDataState, VehicleState };
export { sessionStage } from './session.ts';
export { CAR_MS, COOL_DOWN_MS, type ChargeRequest } from './vehicle.ts';
export { PIN_ATTEMPTS, SMS_CODE_VALIDITY_MS, type SmsPurpose } from './account.ts';
