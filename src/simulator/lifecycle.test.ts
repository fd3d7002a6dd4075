// The facade's own calls (initialize, release, unsubscribe) at their edges: before initialize, on a catalogue without
// their pages, and with inWebo settings only half given.
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../content-model/catalog.ts';
import { loadCatalog } from '../content-model/node.ts';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import type { Message } from '../sdk/index.ts';
import { createFakeClock } from './clock.ts';
import { createPims } from './facade.ts';
import { createState } from './state/index.ts';

const real = loadCatalog();
const BASE = { clientId: 'a', clientSecret: 'b', webviewsRedirectURI: 'app://w', loginRedirectURI: 'app://l' };
const init = (credential: object) => ({ environnement: 'Preproduction', mode: 'B2C', credential, profile: { brand: 'Opel' } });

/** Runs calls one after the other and gives each first message, transactionId aside, and the state at the end. */
async function run(catalog: Catalog, preset: string, calls: Array<(p: ReturnType<typeof createPims>) => Promise<Message>>) {
	const clock = createFakeClock();
	const state = createState(catalog, { preset });
	const pims = createPims({ catalog, clock, seed: 3, state });
	const out: unknown[] = [];
	for (const call of calls) {
		const reply = call(pims);
		clock.advance(100);
		const { transactionId: _id, ...rest } = await reply;
		out.push(rest);
	}
	pims.dispose();
	return { out, state };
}

const NOT_INITIALIZED = { status: 'FAILED', error: { code: 2001, label: 'Facade not initialized' } };
const NOT_CONFIGURED = { status: 'FAILED', error: { code: 2344, label: 'StrongAuthentication not configured' } };
const isDeviceActivated = (p: ReturnType<typeof createPims>) => p.get('pims.authentication.account', { actionType: 'strong', type: 'isDeviceActivated' });

describe('initialize', () => {
	it('sets StrongAuthentication up only when the credential has both the macID and the inWeboURL', async () => {
		for (const credential of [
			{ ...BASE, macID: '8c2f1a' },
			{ ...BASE, inWeboURL: 'https://api.myinwebo.com' },
		]) {
			const { out } = await run(real, 'fresh-install', [(p) => p.initialize(init(credential)), isDeviceActivated]);
			expect(out).toStrictEqual([{ status: 'SUCCEEDED' }, NOT_CONFIGURED]);
		}
	});

	it('names StrongAuthentication once among the configured components, however often it runs', async () => {
		const full = init({ ...BASE, macID: '8c2f1a', inWeboURL: 'https://api.myinwebo.com' });
		const { state } = await run(real, 'enrolled-ev', [(p) => p.release(), (p) => p.initialize(full)]);
		expect(state.vehicle.configured).toStrictEqual(['StrongAuthentication', 'O2X', 'TripNDrive']);
	});

	it('needs no page of its own: on a catalogue without one it takes any parameters', async () => {
		const { out } = await run(fixtureCatalog(), 'fresh-install', [(p) => p.initialize('anything'), (p) => p.initialize('anything')]);
		expect(out).toStrictEqual([{ status: 'SUCCEEDED' }, { status: 'FAILED', error: { code: 2007, label: 'Facade already initialized' } }]);
	});
});

describe('release and unsubscribe before initialize', () => {
	it('fail with 2001, on a catalogue without a release page too', async () => {
		expect((await run(real, 'fresh-install', [(p) => p.unsubscribe('pims.vehicle.connection'), (p) => p.release()])).out).toStrictEqual([NOT_INITIALIZED, NOT_INITIALIZED]);
		expect((await run(fixtureCatalog(), 'fresh-install', [(p) => p.release()])).out).toStrictEqual([NOT_INITIALIZED]);
	});
});

describe('unsubscribe', () => {
	it('stops the service of the API it ends and no other', async () => {
		const { state } = await run(real, 'enrolled-ev', [
			(p) => p.set('pims.vehicle.service', { actionType: 'sendToNav', action: 'start' }),
			(p) => p.subscribe('pims.vehicle.informations', { actionType: 'O2X', vin: 'VR1AB12C3D4567890', reception: 'status', firstTime: true }),
			(p) => p.unsubscribe('pims.vehicle.informations'),
		]);
		expect(state.vehicle.services).toStrictEqual(['sendToNav']);
	});
});
