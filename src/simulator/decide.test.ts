// Step 6's last check: a second subscription to an API is refused with 2005, while its other methods still answer.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content-model/node.ts';
import { createFakeClock } from './clock.ts';
import { createPims } from './facade.ts';
import { createState } from './state/index.ts';

const catalog = loadCatalog();

describe('a running subscription', () => {
	it('refuses a second subscription with 2005 but not a get of the same API', async () => {
		const clock = createFakeClock();
		const pims = createPims({ catalog, clock, seed: 4, state: createState(catalog) });
		void pims.subscribe('pims.vehicle.connection', {}, () => undefined);
		clock.advance(100);
		const again = pims.subscribe('pims.vehicle.connection', {}, () => undefined);
		const read = pims.get('pims.vehicle.connection');
		clock.advance(100);
		expect((await again).status).toBe('FAILED');
		expect((await again).error).toStrictEqual({ code: 2005, label: 'Duplicate command' });
		expect((await read).status).toBe('SUCCEEDED');
		pims.dispose();
	});
});
