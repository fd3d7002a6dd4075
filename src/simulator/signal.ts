// The vehicle's state as pims.vehicle.signal (and pims.vehicle.informations - remote) reports it: the documented
// event with the values the twin's vehicle holds.
import type { Operation } from '../content-model/catalog.ts';
import { isDictionary, type Json, type JsonObject } from '../sdk/index.ts';
import { cloneJson } from './clone-json.ts';
import type { SimState } from './state/index.ts';

/** A copy of `value` with `path` (dot-separated) set, where the path exists in it. */
function setPath(value: JsonObject, path: string, to: Json): void {
	const keys = path.split('.');
	let at: Json = value;
	for (const k of keys.slice(0, -1)) {
		if (!isDictionary(at)) return;
		at = at[k] as Json;
	}
	const last = keys.at(-1)!;
	if (isDictionary(at) && last in at) at[last] = to;
}

const DOOR_FLAGS = ['isDriverDoorOpened', 'isPassengerDoorOpened', 'isRearLeftDoorOpened', 'isRearRightDoorOpened', 'isRearWindowOpened', 'isRoofWindowOpened', 'isTrunkDoorOpened'];

/** The vehicle state under `prefix` (`vehicle.` for the signal's result), filled from the twin. */
export function vehicleStatus(template: JsonObject, state: SimState, now: string, prefix = 'vehicle.'): JsonObject {
	const v = state.vehicle;
	const out = cloneJson(template);
	const status = `${prefix}ressources.status.`;
	const set = (path: string, to: Json) => setPath(out, path, to);
	set(`${status}lastUpdate`, now);
	set(`${status}doorStateInformation.state`, [v.doors.locked ? 'Locked' : 'Unlocked']);
	for (const flag of DOOR_FLAGS) set(`${status}doorStateInformation.${flag}`, flag === 'isDriverDoorOpened' && v.doors.open);
	set(`${status}electricInformation.chargingLevel`, v.charging.level);
	set(`${status}electricInformation.lastUpdate`, now);
	set(`${status}electricInformation.ChargingInfo.chargingState`, v.charging.state);
	set(`${status}electricInformation.ChargingInfo.isPlugged`, v.charging.plugged);
	set(`${status}electricInformation.ChargingInfo.chargingMode`, v.charging.state === 'INPROGRESS' ? 'QUICK' : 'NO');
	if (v.charging.deferredTime) set(`${status}electricInformation.ChargingInfo.nextDeferredChargingDate`, v.charging.deferredTime);
	set(`${status}precondInformation.status`, v.preconditioning);
	set(`${status}precondInformation.lastUpdate`, now);
	const vin = v.selectedVin ?? v.vins[0]?.vin;
	if (vin) {
		set(`${status}vin`, vin);
		set(`${prefix}attributes.vin`, vin);
	}
	set(`${prefix}attributes.engine`, v.engine);
	return out;
}

export function signalResult(_op: Operation, example: JsonObject, state: SimState, now: string): JsonObject {
	return { ...vehicleStatus(example, state, now), code: 200 };
}
