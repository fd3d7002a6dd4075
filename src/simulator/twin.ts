// The twin's public side for the console: presets, a plain snapshot of the state, and the settings a reader toggles.
import type { Catalog } from '../content-model/catalog.ts';
import { CODE, isDictionary } from '../sdk/index.ts';
import { PRESETS } from './presets.ts';
import { createState, sessionStage, type SimState } from './state/index.ts';
import type { SubscriptionInfo } from './subscriptions.ts';

export interface PresetInfo {
	id: string;
	label: string;
	description: string;
}

export function listPresets(): PresetInfo[] {
	return PRESETS.map(({ id, label, description }) => ({ id, label, description }));
}

/** The state and the live subscriptions of a facade, as plain data: it survives postMessage and JSON. */
export interface TwinSnapshot {
	state: SimState;
	subscriptions: SubscriptionInfo[];
}

export function takeSnapshot(state: SimState, subscriptions: SubscriptionInfo[] = []): TwinSnapshot {
	return { state: structuredClone(state), subscriptions };
}

/** A setting a reader can toggle, on the phone (device) or on the car. */
export interface Setting {
	id: 'bluetooth' | 'location' | 'paired' | 'offline' | 'permissions' | 'autoTime' | 'inRange' | 'doorOpen' | 'switchedOn' | 'plugged' | 'changedAtCar' | 'tokenUpgradable';
	label: string;
	/** The codes it makes reachable, for the panel's hint. */
	codes: number[];
	get(state: SimState): boolean;
	set(state: SimState, on: boolean): void;
}

export const SETTINGS: readonly Setting[] = [
	{ id: 'bluetooth', label: 'Bluetooth on', codes: [CODE.locationOrBluetoothOff], get: (s) => s.device.bluetooth, set: (s, on) => void (s.device.bluetooth = on) },
	{ id: 'location', label: 'Location on', codes: [CODE.locationOrBluetoothOff], get: (s) => s.device.location, set: (s, on) => void (s.device.location = on) },
	{ id: 'paired', label: 'Phone paired with the car', codes: [CODE.notPaired], get: (s) => s.device.paired, set: (s, on) => void (s.device.paired = on) },
	{ id: 'offline', label: 'Offline (no internet)', codes: [CODE.noInternet], get: (s) => s.device.offline, set: (s, on) => void (s.device.offline = on) },
	{ id: 'permissions', label: 'Permissions granted', codes: [CODE.permissionNeeded], get: (s) => s.device.permissions, set: (s, on) => void (s.device.permissions = on) },
	{ id: 'autoTime', label: 'Automatic date and time', codes: [CODE.invalidTimestamp], get: (s) => s.device.autoTime, set: (s, on) => void (s.device.autoTime = on) },
	{ id: 'inRange', label: 'The car is within Bluetooth range', codes: [CODE.invalidKeyPosition], get: (s) => s.vehicle.inRange, set: (s, on) => void (s.vehicle.inRange = on) },
	{ id: 'doorOpen', label: 'A car door is open', codes: [CODE.doorOpen], get: (s) => s.vehicle.doors.open, set: (s, on) => void (s.vehicle.doors.open = on) },
	{ id: 'switchedOn', label: 'The car is switched on', codes: [CODE.carSwitchedOn, CODE.stopPreconditioningCarOn], get: (s) => s.vehicle.switchedOn, set: (s, on) => void (s.vehicle.switchedOn = on) },
	{ id: 'plugged', label: 'The charging cable is plugged in', codes: [CODE.chargingStandby], get: (s) => s.vehicle.charging.plugged, set: (s, on) => void (s.vehicle.charging.plugged = on) },
	{
		id: 'changedAtCar',
		label: 'Changed at the car since the app last read it',
		codes: [CODE.doorStateOutOfDate, CODE.deferredHoursOutOfDate, CODE.preconditioningProgramsOutOfDate],
		get: (s) => s.vehicle.outOfDate.doors || s.vehicle.outOfDate.deferredHours || s.vehicle.outOfDate.programs,
		set: (s, on) => void Object.assign(s.vehicle.outOfDate, { doors: on, deferredHours: on, programs: on }),
	},
	{
		id: 'tokenUpgradable',
		label: 'inWebo token waiting for an upgrade',
		codes: [CODE.forbiddenOperation],
		get: (s) => s.account.tokenUpgradable,
		set: (s, on) => void (s.account.tokenUpgradable = on),
	},
];

/** Toggles one setting in place; an unknown id is reported, never ignored. */
export function setSetting(state: SimState, id: string, on: boolean): void {
	const setting = SETTINGS.find((s) => s.id === id);
	if (!setting) throw new Error(`unknown setting "${id}"; known: ${SETTINGS.map((s) => s.id).join(', ')}`);
	setting.set(state, on);
}

/** The settings' current values, by id (what a share link carries). */
export function settingsOf(state: SimState): Record<Setting['id'], boolean> {
	return Object.fromEntries(SETTINGS.map((s) => [s.id, s.get(state)])) as Record<Setting['id'], boolean>;
}

/** One line saying where the state stands, for the line under the console's scenario picker. */
export function stateSummary(state: SimState): string {
	if (!state.initialized) return `Not initialized: every call fails with ${CODE.facadeNotInitialized} until pims.initialize succeeds.`;
	const stage = { loggedOut: 'logged out', loggedIn: 'logged in, device not enrolled', enrolled: 'logged in, device enrolled' }[sessionStage(state.session)];
	const phone = state.account.phoneNumber ? `trusted phone number ${state.account.phoneNumber}` : 'no trusted phone number';
	const car = state.vehicle.vins.length ? `${state.vehicle.vins.length} vehicle${state.vehicle.vins.length > 1 ? 's' : ''}` : 'no vehicle';
	return `Initialized, ${stage}; ${phone}; ${car}.`;
}

/**
 * A state received from elsewhere (a worker, a link), checked for the shape this version builds; anything else is
 * refused with undefined, so a stale or forged state never reaches the simulator.
 */
export function parseState(value: unknown, catalog: Catalog): SimState | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const v = value as Record<string, unknown>;
	const fresh = createState(catalog);
	const sameKeys = (a: unknown, b: object) => isDictionary(a) && Object.keys(b).every((k) => k in a);
	if (typeof v.initialized !== 'boolean' || typeof v.preset !== 'string') return undefined;
	for (const key of ['session', 'account', 'vehicle', 'device', 'inwebo', 'data'] as const) if (!sameKeys(v[key], fresh[key])) return undefined;
	return structuredClone(value) as SimState;
}
