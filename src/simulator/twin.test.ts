// The twin's public side for the console: the presets it lists, the settings a reader toggles, the summary line and
// the check a state received from a worker or a link goes through.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content-model/node.ts';
import { createState, type SimState } from './state/index.ts';
import { listPresets, parseState, setSetting, settingsOf, stateSummary, takeSnapshot } from './twin.ts';

const catalog = loadCatalog();

describe('listPresets', () => {
	it('gives each preset its id, label and description only', () => {
		const presets = listPresets();
		expect(presets.map((p) => p.id)).toStrictEqual(['enrolled-ev', 'fresh-install', 'logged-out', 'logged-in-no-vehicle', 'not-enrolled', 'no-phone-number', 'blocked', 'out-of-range']);
		for (const p of presets) {
			expect(Object.keys(p)).toStrictEqual(['id', 'label', 'description']);
			expect(p.label).not.toBe('');
			expect(p.description).not.toBe('');
		}
	});
});

describe('takeSnapshot', () => {
	it('copies the state, and has no subscriptions unless given some', () => {
		const state = createState(catalog);
		const snap = takeSnapshot(state);
		expect(snap.subscriptions).toStrictEqual([]);
		expect(snap.state).toStrictEqual(state);
		snap.state.vehicle.doors.open = true;
		expect(state.vehicle.doors.open).toBe(false);
	});
});

/** Where each setting lives in the state, written out by hand. */
const FIELD: Record<string, (s: SimState) => boolean> = {
	bluetooth: (s) => s.device.bluetooth,
	location: (s) => s.device.location,
	paired: (s) => s.device.paired,
	offline: (s) => s.device.offline,
	permissions: (s) => s.device.permissions,
	autoTime: (s) => s.device.autoTime,
	inRange: (s) => s.vehicle.inRange,
	doorOpen: (s) => s.vehicle.doors.open,
	switchedOn: (s) => s.vehicle.switchedOn,
	plugged: (s) => s.vehicle.charging.plugged,
	changedAtCar: (s) => s.vehicle.outOfDate.doors && s.vehicle.outOfDate.deferredHours && s.vehicle.outOfDate.programs,
	tokenUpgradable: (s) => s.account.tokenUpgradable,
};

/** The enrolled preset: everything on and in range, nothing open, switched on, changed or waiting. */
const ENROLLED = {
	bluetooth: true,
	location: true,
	paired: true,
	offline: false,
	permissions: true,
	autoTime: true,
	inRange: true,
	doorOpen: false,
	switchedOn: false,
	plugged: true,
	changedAtCar: false,
	tokenUpgradable: false,
};

describe('settings', () => {
	it('read the enrolled preset', () => {
		expect(settingsOf(createState(catalog))).toStrictEqual(ENROLLED);
	});

	it.each(Object.entries(ENROLLED))('%s toggles its own field and no other setting', (id, value) => {
		const state = createState(catalog);
		setSetting(state, id, !value);
		expect(FIELD[id]!(state)).toBe(!value);
		expect(settingsOf(state)).toStrictEqual({ ...ENROLLED, [id]: !value });
		setSetting(state, id, value);
		expect(settingsOf(state)).toStrictEqual(ENROLLED);
	});

	it('count the car as changed when any one of the three things changed at it', () => {
		for (const key of ['doors', 'deferredHours', 'programs'] as const) {
			const state = createState(catalog);
			state.vehicle.outOfDate[key] = true;
			expect(settingsOf(state).changedAtCar).toBe(true);
		}
	});

	it('refuse an unknown id, naming the known ones', () => {
		expect(() => setSetting(createState(catalog), 'wifi', true)).toThrow(
			'unknown setting "wifi"; known: bluetooth, location, paired, offline, permissions, autoTime, inRange, doorOpen, switchedOn, plugged, changedAtCar, tokenUpgradable',
		);
	});
});

describe('stateSummary', () => {
	it('says every call fails with 2001 before pims.initialize', () => {
		expect(stateSummary(createState(catalog, { preset: 'fresh-install' }))).toBe('Not initialized: every call fails with 2001 until pims.initialize succeeds.');
	});

	it('names the session stage, the trusted number and the number of cars', () => {
		expect(stateSummary(createState(catalog))).toBe('Initialized, logged in, device enrolled; trusted phone number 0612345678; 1 vehicle.');
		expect(stateSummary(createState(catalog, { preset: 'logged-out' }))).toBe('Initialized, logged out; trusted phone number 0612345678; 1 vehicle.');
		expect(stateSummary(createState(catalog, { preset: 'logged-in-no-vehicle' }))).toBe('Initialized, logged in, device not enrolled; trusted phone number 0612345678; no vehicle.');
		expect(stateSummary(createState(catalog, { preset: 'no-phone-number' }))).toBe('Initialized, logged in, device not enrolled; no trusted phone number; 1 vehicle.');
	});

	it('counts cars in the plural from two', () => {
		const state = createState(catalog);
		state.vehicle.vins.push({ vin: 'WP0ZZZ99ZTS392124', gdpr: false });
		expect(stateSummary(state)).toBe('Initialized, logged in, device enrolled; trusted phone number 0612345678; 2 vehicles.');
	});
});

describe('parseState', () => {
	const sent = () => JSON.parse(JSON.stringify(createState(catalog, { preset: 'blocked' }))) as Record<string, unknown>;

	it('takes a state of the shape this version builds, as a copy', () => {
		const value = sent();
		const parsed = parseState(value, catalog);
		expect(parsed).toStrictEqual(value);
		expect(parsed).not.toBe(value);
		expect(parsed?.account.blocked).toBe(true);
	});

	it('refuses what is not an object', () => {
		for (const value of [null, undefined, 'state', 42, true]) expect(parseState(value, catalog)).toBeUndefined();
	});

	it('refuses a facade flag or preset of the wrong type', () => {
		expect(parseState({ ...sent(), initialized: 'yes' }, catalog)).toBeUndefined();
		expect(parseState({ ...sent(), preset: 3 }, catalog)).toBeUndefined();
	});

	it.each(['session', 'account', 'vehicle', 'device', 'inwebo', 'data'])('refuses a state whose %s is missing, not an object or lacks a key', (key) => {
		const { [key]: part, ...rest } = sent();
		expect(parseState(rest, catalog)).toBeUndefined();
		expect(parseState({ ...rest, [key]: [] }, catalog)).toBeUndefined();
		const [first, ...others] = Object.entries(part as Record<string, unknown>);
		expect(first).toBeDefined();
		expect(parseState({ ...rest, [key]: Object.fromEntries(others) }, catalog)).toBeUndefined();
		// Every key is checked, not only the first.
		const entries = Object.entries(part as Record<string, unknown>);
		expect(parseState({ ...rest, [key]: Object.fromEntries(entries.slice(0, -1)) }, catalog)).toBeUndefined();
	});
});
