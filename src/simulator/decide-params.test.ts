// Step 4 of the order of decisions, on variants of the fixture: what an operation does with params that are not an
// object, depending on whether it takes any, and which refusals of the flows table it may send.
import { describe, expect, it } from 'vitest';
import type { Catalog, Field, Operation } from '../content-model/catalog.ts';
import { loadCatalog } from '../content-model/node.ts';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { documentedCall } from '../generators/call-shape.ts';
import type { Message } from '../sdk/index.ts';
import { createFakeClock } from './clock.ts';
import { decideFor, type DecideContext } from './decide.ts';
import { createPims } from './facade.ts';
import { routeTable } from './route.ts';
import { createState } from './state/index.ts';

const base = fixtureCatalog();
const ANDROID_CONTEXT: Field = { name: 'context', type: 'context', required: true, description: 'The Context.', platform: { only: 'android', reason: 'Android has it.' } };

/**
 * The fixture with `pims.demo.code` no longer picked by `action` (an Android Context, then smsCode, required), and
 * `pims.demo.phone` taking only a Context.
 */
const variant: Catalog = {
	...base,
	operations: base.operations.map((o): Operation => {
		if (o.slug === 'set-demo-code-add') return { ...o, discriminator: undefined, parameters: [ANDROID_CONTEXT, ...o.parameters.filter((p) => p.name !== 'action')] };
		if (o.slug === 'get-demo-phone') return { ...o, parameters: [ANDROID_CONTEXT] };
		return o;
	}),
};

async function answers(call: (pims: ReturnType<typeof createPims>) => Promise<Message>): Promise<Message> {
	const clock = createFakeClock();
	const pims = createPims({ catalog: variant, clock, seed: 2, state: createState(variant, { initialized: true }) });
	const reply = call(pims);
	clock.advance(20);
	const { transactionId: _id, ...rest } = await reply;
	return rest as Message;
}

describe('params that are not an object', () => {
	it('are refused with 2102 naming params by an operation that takes parameters', async () => {
		expect(await answers((p) => p.set('pims.demo.code', 'nonsense'))).toStrictEqual({ status: 'FAILED', error: { code: 2102, label: 'Invalid params parameter' } });
		expect(await answers((p) => p.set('pims.demo.code', [123456]))).toStrictEqual({ status: 'FAILED', error: { code: 2102, label: 'Invalid params parameter' } });
	});

	it('count as none when null or left out, so a required parameter is missing', async () => {
		expect(await answers((p) => p.set('pims.demo.code', null))).toStrictEqual({ status: 'FAILED', error: { code: 2101, label: 'Missing smsCode parameter' } });
		expect(await answers((p) => p.set('pims.demo.code'))).toStrictEqual({ status: 'FAILED', error: { code: 2101, label: 'Missing smsCode parameter' } });
	});

	it('are ignored by an operation whose only parameter is an Android Context', async () => {
		expect(await answers((p) => p.get('pims.demo.phone', 'nonsense'))).toStrictEqual({ status: 'SUCCEEDED', result: { phoneNumber: '0612345678' } });
	});
});

describe('refusals of the flows table', () => {
	const real = loadCatalog();
	const ctx: DecideContext = {
		catalog: real,
		table: routeTable(real),
		state: createState(real),
		platform: 'android',
		scenario: undefined,
		conditions: { offline: false, slowNetwork: false },
		timeoutMs: 3000,
		now: () => 0,
		subscribed: () => false,
		hasSubscription: () => false,
	};
	const price = real.operations.find((o) => o.slug === 'get-vehicle-price')!;

	it('any other refusal only by an operation that lists its code', () => {
		const o2x = real.operations.find((o) => o.slug === 'subscribe-vehicle-informations-o2-x')!;
		const state = createState(real);
		state.vehicle.services.push('o2xInformations');
		const running = { ...ctx, state };
		expect(decideFor(running, o2x, documentedCall(o2x).params)).toMatchObject({ kind: 'fail', code: 2339 });
		expect(decideFor(running, { ...o2x, errors: o2x.errors.filter((c) => c !== 2339) }, documentedCall(o2x).params)).toMatchObject({ kind: 'ok' });
	});

	it('a 2102 naming a parameter is sent even by an operation that does not list 2102', () => {
		const unlisted = { ...price, errors: price.errors.filter((c) => c !== 2102) };
		expect(decideFor(ctx, unlisted, { vin: 'VR1NOPRICE000000' })).toMatchObject({ kind: 'fail', code: 2102, parameter: 'vin' });
	});
});
