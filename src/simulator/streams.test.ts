// What a subscription's events carry: the documented event, its numbers moved a little within their range, its
// timestamps current, everything else as documented; and where a forced RESULT error falls among them. The
// expected events are worked out by hand: event n moves a number by ceil(n / 2) steps (0.0004 for coordinates, 1
// otherwise), up when n % 4 is 0 or 1 and down otherwise (43.5, 41.5, 40.5, 44.5, 45.5 ... 38.5 for 42.5).
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../content-model/catalog.ts';
import { validateCatalog } from '../content-model/load.ts';
import { broken, fixtureCatalog } from '../content-model/test-fixtures.ts';
import type { Message } from '../sdk/index.ts';
import { createFakeClock } from './clock.ts';
import { createPims, type PimsOptions } from './facade.ts';
import { createState } from './state/index.ts';

function gaugesCatalog(): Catalog {
	const result = validateCatalog(
		broken(({ addOperation }) =>
			addOperation('content/apis/subscribe-demo-gauges.yaml', {
				api: 'pims.demo.gauges',
				method: 'subscribe',
				since: '2.0',
				lastUpdate: '2.0',
				components: ['Demo'],
				summary: 'Streams gauges.',
				description: 'Streams them.',
				output: [
					{ name: 'level', type: 'number', unit: '%', description: 'A level.', example: 42.5 },
					{ name: 'charge', type: 'integer', unit: '%', description: 'Near full.', example: 99 },
					{ name: 'reserve', type: 'integer', unit: '%', description: 'Near empty.', example: 1 },
					{ name: 'latitude', type: 'number', minimum: -90, maximum: 90, description: 'Where.', example: 48.8566 },
					{ name: 'autonomy', type: 'integer', unit: 'km', description: 'How far.', example: 300 },
					{ name: 'mileage', type: 'integer', unit: 'km', description: 'Stays.', example: 10762 },
					{ name: 'levelMode', type: 'integer', values: [1, 2], description: 'An enumeration.', example: 2 },
					{ name: 'updatedAt', type: 'string', description: 'When.', example: '2021-03-30T08:18:20.143Z' },
					{ name: 'city', type: 'string', description: 'A name.', example: 'Paris' },
					{ name: 'levelName', type: 'string', description: 'A name that looks like a level.', example: 'High' },
					{ name: 'seaLevel', type: 'number', description: 'No range: it may go below 0.', example: -1.5 },
					{ name: 'longitudeIndex', type: 'integer', description: 'An integer coordinate: its small steps round away.', example: 5 },
					{ name: 'position', type: 'object', description: 'Nested.', fields: [{ name: 'longitude', type: 'number', description: 'Where.', example: 2.3522 }] },
				],
				errors: [2001, 2005],
			}),
		),
	);
	if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	return result.catalog;
}

function subscribe(catalog: Catalog, api: string, options: Partial<PimsOptions> = {}) {
	const clock = createFakeClock();
	const pims = createPims({ catalog, clock, seed: 1, state: createState(catalog, { initialized: true }), ...options });
	const log: Message[] = [];
	void pims.subscribe(api, {}, (m) => log.push(m));
	return { clock, pims, events: () => log.filter((m) => m.status === 'RESULT') };
}

describe('stream events', () => {
	it('move levels, coordinates and autonomy within their range, keep the rest, and stamp the time', () => {
		const { clock, events } = subscribe(gaugesCatalog(), 'pims.demo.gauges');
		clock.advance(4400);
		const fixed = { mileage: 10762, levelMode: 2, city: 'Paris', levelName: 'High', longitudeIndex: 5 };
		expect(events().map((e) => e.result)).toStrictEqual([
			{ level: 43.5, charge: 100, reserve: 2, latitude: 48.857, autonomy: 301, ...fixed, seaLevel: -0.5, updatedAt: '1970-01-01T00:00:00.320Z', position: { longitude: 2.3526 } },
			{ level: 41.5, charge: 98, reserve: 0, latitude: 48.8562, autonomy: 299, ...fixed, seaLevel: -2.5, updatedAt: '1970-01-01T00:00:01.320Z', position: { longitude: 2.3518 } },
			{ level: 40.5, charge: 97, reserve: 0, latitude: 48.8558, autonomy: 298, ...fixed, seaLevel: -3.5, updatedAt: '1970-01-01T00:00:02.320Z', position: { longitude: 2.3514 } },
			{ level: 44.5, charge: 100, reserve: 3, latitude: 48.8574, autonomy: 302, ...fixed, seaLevel: 0.5, updatedAt: '1970-01-01T00:00:03.320Z', position: { longitude: 2.353 } },
			{ level: 45.5, charge: 100, reserve: 4, latitude: 48.8578, autonomy: 303, ...fixed, seaLevel: 1.5, updatedAt: '1970-01-01T00:00:04.320Z', position: { longitude: 2.3534 } },
		]);
	});

	it('make every third event the forced RESULT error, and carry on streaming', () => {
		const catalog = fixtureCatalog();
		const { clock, events } = subscribe(catalog, 'pims.demo.signal', { scenario: { operation: 'subscribe-demo-signal', outcome: { kind: 'event-error', code: 2202 } } });
		clock.advance(6400);
		const error = { code: 2202, label: 'Network problem : No internet' };
		expect(events().map((e) => e.error ?? e.result)).toStrictEqual([{ level: 43.5 }, { level: 41.5 }, error, { level: 44.5 }, { level: 45.5 }, error, { level: 38.5 }]);
	});

	it('stop when unsubscribed', () => {
		const { clock, pims, events } = subscribe(fixtureCatalog(), 'pims.demo.signal');
		clock.advance(1400);
		void pims.unsubscribe('pims.demo.signal');
		clock.advance(5000);
		expect(events().map((e) => e.result)).toStrictEqual([{ level: 43.5 }, { level: 41.5 }]);
	});
});
