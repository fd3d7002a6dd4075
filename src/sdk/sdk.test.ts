import { describe, expect, it } from 'vitest';
import { callArgs, defaultParameter, fillLabel, isDictionary, type LabelSource } from './index.ts';

const op: LabelSource = {
	parameters: [
		{ name: 'action', required: true },
		{ name: 'phoneNumber', required: true },
		{ name: 'note', required: false },
	],
	components: ['StrongAuthentication'],
	placeholders: { ACTION: 'charging' },
	discriminator: { parameter: 'action' },
};

describe('fillLabel', () => {
	const entry = (label: string, ...placeholders: string[]) => ({ label, placeholders });

	it('names the first required parameter that is not the discriminator', () => {
		expect(fillLabel(entry('Missing [PARAMETER] parameter', 'PARAMETER'), op)).toBe('Missing phoneNumber parameter');
	});
	it('names the parameter it is given', () => {
		expect(fillLabel(entry('Invalid [PARAMETER] parameter', 'PARAMETER'), op, 'note')).toBe('Invalid note parameter');
	});
	it('fills [Component] and the operation’s own placeholders', () => {
		expect(fillLabel(entry('[Component] not loaded', 'Component'), op)).toBe('StrongAuthentication not loaded');
		expect(fillLabel(entry('Cannot start [ACTION] now: [ACTION]', 'ACTION'), op)).toBe('Cannot start charging now: charging');
	});
	it('leaves a placeholder without a value as printed, and labels without placeholders alone', () => {
		expect(fillLabel(entry('[Component] not loaded', 'Component'))).toBe('[Component] not loaded');
		expect(fillLabel(entry('Invalid [PARAMETER] parameter', 'PARAMETER'), undefined, 'params')).toBe('Invalid params parameter');
		expect(fillLabel(entry('Facade not initialized'), op)).toBe('Facade not initialized');
	});
});

describe('defaultParameter', () => {
	it('falls back to an optional parameter, then to the discriminator', () => {
		expect(
			defaultParameter({
				parameters: [
					{ name: 'action', required: true },
					{ name: 'x', required: false },
				],
				discriminator: { parameter: 'action' },
			}),
		).toBe('x');
		expect(defaultParameter({ parameters: [{ name: 'action', required: true }], discriminator: { parameter: 'action' } })).toBe('action');
		expect(defaultParameter({ parameters: [] })).toBeUndefined();
	});
});

describe('callArgs', () => {
	const cb = () => {};
	it('takes a function in the params position as the callback', () => {
		expect(callArgs(cb)).toEqual({ params: undefined, callback: cb });
	});
	it('keeps params and callback where they are given', () => {
		expect(callArgs({ vin: 'V' }, cb)).toEqual({ params: { vin: 'V' }, callback: cb });
		expect(callArgs(undefined, cb)).toEqual({ params: undefined, callback: cb });
	});
	it('treats a callback that is not a function as none', () => {
		expect(callArgs({ vin: 'V' }, 'nope')).toEqual({ params: { vin: 'V' }, callback: undefined });
		expect(callArgs(cb, 'nope')).toEqual({ params: cb, callback: undefined });
	});
});

describe('isDictionary', () => {
	it('takes objects, whatever their keys', () => {
		expect(isDictionary({})).toBe(true);
		expect(isDictionary({ vin: 'VR3UHZKXZMT000001', doors: [] })).toBe(true);
	});
	it('refuses null, arrays and every other JSON value', () => {
		for (const v of [null, undefined, [], [{ vin: 'x' }], 'params', 2101, true]) expect(isDictionary(v), JSON.stringify(v)).toBe(false);
	});
});
