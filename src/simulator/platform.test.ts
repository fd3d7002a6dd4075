// The twin as each SDK: Android by default, iOS when asked. Messages written out by hand.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content-model/node.ts';
import type { Message } from '../sdk/index.ts';
import { createFakeClock } from './clock.ts';
import { createPims, type PimsOptions } from './facade.ts';
import { createState } from './state/index.ts';

const catalog = loadCatalog();

/** Runs calls one after the other on a fresh facade and gives each call's first message, transactionId aside. */
async function answers(options: Partial<PimsOptions>, preset: string, calls: Array<[method: 'get' | 'set', api: string, params?: object]>) {
	const clock = createFakeClock();
	const pims = createPims({ catalog, clock, seed: 1, state: createState(catalog, { preset }), ...options });
	const out: Array<Omit<Message, 'transactionId'>> = [];
	for (const [method, api, params] of calls) {
		const reply = pims[method](api, params);
		clock.advance(100);
		const { transactionId: _id, ...rest } = await reply;
		out.push(rest);
	}
	pims.dispose();
	return out;
}

const deviceCall: [method: 'set', api: string, params: object] = ['set', 'pims.vehicle.device', { isConnected: true }];
const sendEnrolmentCode: ['get', string, object] = ['get', 'pims.authentication.smscode', { type: 'enrollment' }];

describe('an operation only one SDK has', () => {
	it('answers on Android, the default, and fails on iOS as any unknown API does', async () => {
		expect(await answers({}, 'enrolled-ev', [deviceCall])).toEqual([{ status: 'SUCCEEDED' }]);
		expect(await answers({ platform: 'android' }, 'enrolled-ev', [deviceCall])).toEqual([{ status: 'SUCCEEDED' }]);
		expect(await answers({ platform: 'ios' }, 'enrolled-ev', [deviceCall])).toEqual([{ status: 'FAILED', error: { code: 2002, label: 'API not supported' } }]);
	});

	it('fails on iOS before any check of its parameters or state', async () => {
		expect(await answers({ platform: 'ios' }, 'fresh-install', [['set', 'pims.vehicle.device', { isConnected: 'yes' }]])).toEqual([
			{ status: 'FAILED', error: { code: 2001, label: 'Facade not initialized' } },
		]);
		expect(await answers({ platform: 'ios' }, 'logged-out', [['set', 'pims.vehicle.device', { isConnected: 'yes' }]])).toEqual([
			{ status: 'FAILED', error: { code: 2002, label: 'API not supported' } },
		]);
		expect(await answers({ platform: 'android' }, 'logged-out', [['set', 'pims.vehicle.device', { isConnected: 'yes' }]])).toEqual([
			{ status: 'FAILED', error: { code: 2102, label: 'Invalid isConnected parameter' } },
		]);
	});
});

describe('a parameter only one SDK takes: smsCode of enroll (iOS)', () => {
	it('iOS requires it, checks its type and its value', async () => {
		const ios = { platform: 'ios' } as const;
		expect(await answers(ios, 'not-enrolled', [sendEnrolmentCode, ['set', 'pims.authentication.enrollment', { action: 'enroll', pinCode: 1234 }]])).toEqual([
			{ status: 'SUCCEEDED', result: {} },
			{ status: 'FAILED', error: { code: 2101, label: 'Missing smsCode parameter' } },
		]);
		expect(await answers(ios, 'not-enrolled', [sendEnrolmentCode, ['set', 'pims.authentication.enrollment', { action: 'enroll', pinCode: 1234, smsCode: 'abc' }]])).toEqual([
			{ status: 'SUCCEEDED', result: {} },
			{ status: 'FAILED', error: { code: 2102, label: 'Invalid smsCode parameter' } },
		]);
		expect(await answers(ios, 'not-enrolled', [sendEnrolmentCode, ['set', 'pims.authentication.enrollment', { action: 'enroll', pinCode: 1234, smsCode: 111111 }]])).toEqual([
			{ status: 'SUCCEEDED', result: {} },
			{ status: 'FAILED', error: { code: 2305, label: 'The sms code is invalid' } },
		]);
		expect(await answers(ios, 'not-enrolled', [sendEnrolmentCode, ['set', 'pims.authentication.enrollment', { action: 'enroll', pinCode: 1234, smsCode: 123456 }]])).toEqual([
			{ status: 'SUCCEEDED', result: {} },
			{ status: 'SUCCEEDED' },
		]);
	});

	it('Android does not read it: left out, or of any type, the enrolment goes ahead once a code was sent', async () => {
		const android = { platform: 'android' } as const;
		expect(await answers(android, 'not-enrolled', [sendEnrolmentCode, ['set', 'pims.authentication.enrollment', { action: 'enroll', pinCode: 1234 }]])).toEqual([
			{ status: 'SUCCEEDED', result: {} },
			{ status: 'SUCCEEDED' },
		]);
		expect(await answers(android, 'not-enrolled', [sendEnrolmentCode, ['set', 'pims.authentication.enrollment', { action: 'enroll', pinCode: 1234, smsCode: 'abc' }]])).toEqual([
			{ status: 'SUCCEEDED', result: {} },
			{ status: 'SUCCEEDED' },
		]);
		// No enrolment code was sent at all.
		expect(await answers(android, 'not-enrolled', [['set', 'pims.authentication.enrollment', { action: 'enroll', pinCode: 1234 }]])).toEqual([
			{ status: 'FAILED', error: { code: 2305, label: 'The sms code is invalid' } },
		]);
	});

	it('the parameters both SDKs take are checked the same way on each', async () => {
		for (const platform of ['android', 'ios'] as const)
			expect(await answers({ platform }, 'not-enrolled', [['set', 'pims.authentication.enrollment', { action: 'enroll', smsCode: 123456 }]]), platform).toEqual([
				{ status: 'FAILED', error: { code: 2101, label: 'Missing pinCode parameter' } },
			]);
	});
});
