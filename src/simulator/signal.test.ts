// pims.vehicle.signal's event: the documented example with the twin's vehicle written into it, and nothing else changed.
import { describe, expect, it } from 'vitest';
import { operationBySlug } from '../content-model/catalog.ts';
import { exampleObject } from '../content-model/examples.ts';
import { loadCatalog } from '../content-model/node.ts';
import { OP, type JsonObject } from '../sdk/index.ts';
import { signalResult, vehicleStatus } from './signal.ts';
import { createState } from './state/index.ts';

const catalog = loadCatalog();
const op = operationBySlug(catalog, OP.signal);
const example = exampleObject(op.output);
const NOW = '2026-01-02T03:04:05.006Z';

type Obj = Record<string, unknown>;
const at = (value: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Obj | undefined)?.[k], value);
const STATUS = 'vehicle.ressources.status';

describe('the signal event', () => {
	it('carries the twin’s doors, charge, preconditioning, VIN and engine, stamped now, with code 200', () => {
		const state = createState(catalog);
		Object.assign(state.vehicle, { engine: 'PHEV', preconditioning: 'Enabled', doors: { locked: true, open: true } });
		Object.assign(state.vehicle.charging, { level: 55, state: 'INPROGRESS', plugged: false, deferredTime: '2026-01-02T22:30:00.000Z' });
		const r = signalResult(op, example, state, NOW);
		expect(r.code).toBe(200);
		expect(at(r, `${STATUS}.lastUpdate`)).toBe(NOW);
		expect(at(r, `${STATUS}.doorStateInformation`)).toStrictEqual({
			isDriverDoorOpened: true,
			isPassengerDoorOpened: false,
			isRearLeftDoorOpened: false,
			isRearRightDoorOpened: false,
			isRearWindowOpened: false,
			isRoofWindowOpened: false,
			isTrunkDoorOpened: false,
			state: ['Locked'],
		});
		expect(at(r, `${STATUS}.electricInformation.chargingLevel`)).toBe(55);
		expect(at(r, `${STATUS}.electricInformation.lastUpdate`)).toBe(NOW);
		expect(at(r, `${STATUS}.electricInformation.ChargingInfo`)).toStrictEqual({
			chargingMode: 'QUICK',
			chargingRate: 90,
			isPlugged: false,
			nextDeferredChargingDate: '2026-01-02T22:30:00.000Z',
			chargingState: 'INPROGRESS',
			remainingTime: 'PT0S',
		});
		expect(at(r, `${STATUS}.precondInformation.status`)).toBe('Enabled');
		expect(at(r, `${STATUS}.precondInformation.lastUpdate`)).toBe(NOW);
		expect(at(r, `${STATUS}.vin`)).toBe('VR1AB12C3D4567890');
		expect(at(r, 'vehicle.attributes')).toStrictEqual({ engine: 'PHEV', vin: 'VR1AB12C3D4567890', brand: 'opel' });
		// What the twin does not model keeps the documented example.
		expect(at(r, `${STATUS}.fuelInformation.autonomy`)).toBe(130);
		expect(at(r, `${STATUS}.fuelInformation.lastUpdate`)).toBe('2021-07-29T22:25:09.898Z');
	});

	it('shows closed, unlocked doors and no charging mode while the car does not charge', () => {
		const r = signalResult(op, example, createState(catalog), NOW);
		expect(Object.values(at(r, `${STATUS}.doorStateInformation`) as Obj)).toStrictEqual([false, false, false, false, false, false, false, ['Unlocked']]);
		expect(at(r, `${STATUS}.electricInformation.ChargingInfo.chargingMode`)).toBe('NO');
		// No deferred charge in the twin: the documented date stays.
		expect(at(r, `${STATUS}.electricInformation.ChargingInfo.nextDeferredChargingDate`)).toBe('2021-07-30T22:30:00.000Z');
	});

	it('names the account’s first car while none is selected, and keeps the documented VIN when there is none', () => {
		const state = createState(catalog);
		state.vehicle.selectedVin = null;
		state.vehicle.vins = [{ vin: 'WP0ZZZ99ZTS392124', gdpr: false }];
		const r = signalResult(op, example, state, NOW);
		expect([at(r, `${STATUS}.vin`), at(r, 'vehicle.attributes.vin')]).toStrictEqual(['WP0ZZZ99ZTS392124', 'WP0ZZZ99ZTS392124']);
		state.vehicle.vins = [];
		const none = signalResult(op, { ...example, vehicle: { attributes: { vin: 'documented', engine: 'BEV' } } }, state, NOW);
		expect(at(none, 'vehicle.attributes')).toStrictEqual({ vin: 'documented', engine: 'BEV' });
	});

	it('leaves the example it was given as it was', () => {
		const before = JSON.stringify(example);
		signalResult(op, example, createState(catalog), NOW);
		expect(JSON.stringify(example)).toBe(before);
	});
});

describe('vehicleStatus on another template', () => {
	it('writes only paths the template has, under the prefix given', () => {
		const state = createState(catalog);
		const template: JsonObject = { car: { attributes: { brand: 'opel' }, ressources: { status: { vin: 'x', doorStateInformation: 'n/a' } } } };
		expect(vehicleStatus(template, state, NOW, 'car.')).toStrictEqual({ car: { attributes: { brand: 'opel' }, ressources: { status: { vin: 'VR1AB12C3D4567890', doorStateInformation: 'n/a' } } } });
	});

	it('stops at a path that is missing or is not an object on the way', () => {
		const state = createState(catalog);
		expect(vehicleStatus({}, state, NOW)).toStrictEqual({});
		expect(vehicleStatus({ vehicle: { ressources: 'none' } }, state, NOW)).toStrictEqual({ vehicle: { ressources: 'none' } });
		expect(vehicleStatus({ vehicle: { ressources: { status: 5 }, attributes: 'none' } }, state, NOW)).toStrictEqual({ vehicle: { ressources: { status: 5 }, attributes: 'none' } });
	});
});
