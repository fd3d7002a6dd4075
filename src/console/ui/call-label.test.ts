import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../content-model/node.ts';
import { callLabel } from './call-label.ts';

const catalog = loadCatalog();

describe('callLabel', () => {
	it('names method, API and discriminator value', () => {
		expect(callLabel(catalog, { method: 'set', api: 'pims.vehicle.command', params: { action: 'doors', doorState: 'lock' } })).toBe('SET vehicle.command - doors');
		expect(callLabel(catalog, { method: 'get', api: 'pims.authentication.trustedphonenumber' })).toBe('GET authentication.trustedphonenumber');
		expect(callLabel(catalog, { method: 'subscribe', api: 'pims.vehicle.signal' })).toBe('SUBSCRIBE vehicle.signal');
	});

	it('names operations picked by the identifier passed', () => {
		expect(callLabel(catalog, { method: 'set', api: 'pims.vehicle.vin', params: { actionType: 'remote', vin: 'VR3UPHNKSKT101603' } })).toBe('SET vehicle.vin - remote');
	});

	it('names unsubscribe, lifecycle calls and unknown APIs as written', () => {
		expect(callLabel(catalog, { method: 'unsubscribe', api: 'pims.vehicle.signal' })).toBe('UNSUBSCRIBE vehicle.signal');
		expect(callLabel(catalog, { method: 'initialize', params: {} })).toBe('pims.initialize()');
		expect(callLabel(catalog, { method: 'get', api: 'pims.not.an.api' })).toBe('GET not.an.api');
		expect(callLabel(catalog, { method: 'set', api: 'pims.vehicle.command', params: { action: 'fly' } })).toBe('SET vehicle.command');
	});
});
