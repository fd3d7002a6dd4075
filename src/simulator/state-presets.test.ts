// The states the presets start from, written out by hand from the presets' descriptions and the content's examples
// (phone number 0612345678, username myname@mail.com, VIN VR1AB12C3D4567890, PIN 1234, prices 1.27 and 0.85).
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content-model/node.ts';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { createFakeClock } from './clock.ts';
import { createPims } from './facade.ts';
import { createState, documented, type SimState } from './state/index.ts';
import { reachableSettings } from './state/inwebo.ts';

const catalog = loadCatalog();
const VIN = 'VR1AB12C3D4567890';

/** A state with only its trips' ids and VINs, since their data is the documented trip (state-documented.test.ts). */
function outline(s: SimState) {
	return { ...s, data: { ...s.data, trips: s.data.trips.map((t) => [t.id, t.vin]) } };
}

// The vehicle part, in three pieces: the documented car selected, the car parked, unlocked and closed, its energy.
const CAR = { vins: [{ vin: VIN, gdpr: true }], selectedVin: VIN, engine: 'BEV', services: [], configured: ['StrongAuthentication', 'O2X', 'TripNDrive'] };
const AT_REST = { doors: { locked: false, open: false }, inRange: true, switchedOn: false, hornAt: null, lightsAt: null, position: { latitude: 48.77232, longitude: 2.2151043 } };
const ENERGY = { charging: { plugged: true, state: 'DISCONNECTED', level: 80, deferredTime: null, inFlight: null }, preconditioning: 'Disabled' };

const ENROLLED_EV = {
	initialized: true,
	preset: 'enrolled-ev',
	session: { loggedIn: true, enrolled: true, username: 'myname@mail.com' },
	account: { phoneNumber: '0612345678', numbersInUse: [], pin: 1234, wrongPins: 0, blocked: false, tokenActivated: true, deviceDisabled: false, tokenUpgradable: false, smsCodes: {} },
	vehicle: { ...CAR, ...AT_REST, ...ENERGY, outOfDate: { doors: false, deferredHours: false, programs: false } },
	device: { bluetooth: true, location: true, paired: true, offline: false, permissions: true, autoTime: true },
	inwebo: { enrolment: 'none', serviceReachable: true },
	data: {
		trips: [
			[418, VIN],
			[419, VIN],
		],
		nextTripId: 1000,
		destinations: [],
		notifications: {},
		pushToken: null,
		prices: { [VIN]: { priceFuel: 1.27, priceElectric: 0.85 } },
	},
};

describe('presets', () => {
	it('enrolled-ev: logged in, enrolled, the documented car selected with its trips and prices', () => {
		expect(outline(createState(catalog))).toStrictEqual(ENROLLED_EV);
	});

	it('fresh-install: nothing initialized or configured, nobody logged in, the car known but not selected', () => {
		const s = createState(catalog, { preset: 'fresh-install' });
		expect([s.initialized, s.session, s.account.pin, s.account.tokenActivated]).toStrictEqual([false, { loggedIn: false, enrolled: false, username: 'myname@mail.com' }, null, false]);
		expect([s.vehicle.configured, s.vehicle.vins, s.vehicle.selectedVin]).toStrictEqual([[], [{ vin: VIN, gdpr: true }], null]);
	});

	it('logged-out: the device stays enrolled from the earlier session', () => {
		const s = createState(catalog, { preset: 'logged-out' });
		expect([s.initialized, s.session, s.account.pin, s.account.tokenActivated]).toStrictEqual([true, { loggedIn: false, enrolled: true, username: 'myname@mail.com' }, 1234, true]);
	});

	it('logged-in-no-vehicle: no car, no trips, no prices, and TripNDrive not configured', () => {
		const s = createState(catalog, { preset: 'logged-in-no-vehicle' });
		expect([s.session.loggedIn, s.session.enrolled, s.account.pin]).toStrictEqual([true, false, null]);
		expect([s.vehicle.vins, s.vehicle.selectedVin, s.vehicle.configured]).toStrictEqual([[], null, ['StrongAuthentication', 'O2X']]);
		expect([s.data.trips, s.data.prices]).toStrictEqual([[], {}]);
	});

	it('no-phone-number, blocked and out-of-range change only what they name', () => {
		expect(createState(catalog, { preset: 'no-phone-number' }).account.phoneNumber).toBeNull();
		expect(createState(catalog, { preset: 'blocked' }).account.blocked).toBe(true);
		expect(createState(catalog, { preset: 'out-of-range' }).device).toStrictEqual({ ...ENROLLED_EV.device, bluetooth: false });
	});

	it('an unknown preset is refused by name', () => {
		expect(() => createState(catalog, { preset: 'nope' })).toThrow('unknown preset "nope"');
	});

	it('initialized overrides the preset', () => {
		expect(createState(catalog, { preset: 'fresh-install', initialized: true }).initialized).toBe(true);
		expect(createState(catalog, { initialized: false }).initialized).toBe(false);
	});
});

describe('documented values', () => {
	it('are worked out once per catalogue', () => {
		// A catalogue no other test has used, so that the first call here is the one that works them out.
		const fresh = { ...catalog };
		expect(documented(fresh)).toBe(documented(fresh));
	});

	it('fall back to the real content’s examples for a catalogue without those operations', () => {
		expect(documented(fixtureCatalog())).toStrictEqual({
			phoneNumber: '0612345678',
			username: 'user@example.com',
			vin: VIN,
			trip: {},
			prices: { priceFuel: undefined, priceElectric: undefined },
			pin: 1234,
		});
	});
});

describe('creating an account', () => {
	/** The state after pims.authentication.user - createAccount, from a preset. */
	function created(preset: string): SimState {
		const state = createState(catalog, { preset });
		state.data.destinations.push({ label: 'Home' });
		state.data.notifications[VIN] = { chargeEnd: 'enabled' };
		state.data.pushToken = 'token';
		state.vehicle.services.push('sendToNav');
		const clock = createFakeClock();
		const pims = createPims({ catalog, clock, seed: 1, state });
		void pims.set('pims.authentication.user', { action: 'createAccount', local: 'en' });
		clock.advance(5000);
		pims.dispose();
		return state;
	}

	it('logs in to the new account, this device not enrolled for it', () => {
		expect(created('logged-out').session).toStrictEqual({ loggedIn: true, enrolled: false, username: 'myname@mail.com' });
	});

	it('leaves no vehicle and no stored data', () => {
		const state = created('enrolled-ev');
		expect([state.vehicle.vins, state.vehicle.selectedVin, state.vehicle.services]).toStrictEqual([[], null, []]);
		expect(state.data).toStrictEqual({ trips: [], nextTripId: 1000, destinations: [], notifications: {}, pushToken: null, prices: {} });
	});

	it('leaves a fresh account: no number, PIN, token, block or codes', () => {
		const state = created('blocked');
		expect(state.account).toStrictEqual({
			phoneNumber: null,
			numbersInUse: [],
			pin: null,
			wrongPins: 0,
			blocked: false,
			tokenActivated: false,
			deviceDisabled: false,
			tokenUpgradable: false,
			smsCodes: {},
		});
	});
});

describe('inWebo settings a service answers at', () => {
	const ok = { inWeboURL: 'https://ult-inwebo.com', macID: 'mac' };

	it('are an https address and a macID', () => {
		expect(reachableSettings(ok)).toBe(true);
	});

	it('are not an address that only contains https://, nor one of another scheme', () => {
		expect(reachableSettings({ ...ok, inWeboURL: 'see https://ult-inwebo.com' })).toBe(false);
		expect(reachableSettings({ ...ok, inWeboURL: 'http://ult-inwebo.com' })).toBe(false);
	});

	it('are not an empty macID, nor values that are not strings', () => {
		expect(reachableSettings({ ...ok, macID: '' })).toBe(false);
		expect(reachableSettings({ ...ok, macID: 7 })).toBe(false);
		expect(reachableSettings({ ...ok, inWeboURL: ['https://ult-inwebo.com'] })).toBe(false);
	});
});
