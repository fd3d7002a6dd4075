import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import type { SequenceSpec } from './sequence-spec.ts';
import { flowCode } from './run-flow.ts';

const catalog = fixtureCatalog();

const spec: SequenceSpec = {
	id: 'demo',
	title: 'Demo flow',
	description: 'A demo.',
	participants: [
		{ id: 'app', label: 'Your app' },
		{ id: 'sdk', label: 'pims SDK' },
	],
	steps: [
		{ section: 'Listen' },
		{ from: 'app', to: 'sdk', call: 'subscribe-demo-signal' },
		{ from: 'sdk', to: 'app', answer: 'subscribe-demo-signal', outcome: 'succeeded' },
		{ from: 'app', to: 'sdk', call: 'get-demo-phone' },
		{ from: 'sdk', to: 'app', answer: 'get-demo-phone', outcome: 'succeeded' },
		{ from: 'sdk', to: 'app', answer: 'get-demo-phone', outcome: 2307, alt: true, text: 'no number' },
		{ from: 'app', to: 'sdk', call: 'set-demo-code-add', params: { smsCode: 654321 } },
		{ from: 'sdk', to: 'app', text: 'a change happens' },
		{ from: 'sdk', to: 'app', answer: 'subscribe-demo-signal', outcome: 'result' },
		{ from: 'app', to: 'sdk', unsubscribe: 'subscribe-demo-signal' },
		{ from: 'sdk', to: 'app', unsubscribed: 'subscribe-demo-signal' },
		{ section: 'Another way', alt: true },
		{ from: 'app', to: 'sdk', call: 'get-demo-phone' },
	],
};

describe('flowCode', () => {
	it('makes the calls of the diagram, waits for the RESULT it shows, and leaves the rest as numbered comments', () => {
		const code = flowCode(catalog, spec, 'Some preset');
		const body = code.slice(code.indexOf('// Listen'));
		expect(body).toBe(`// Listen
// 1. SUBSCRIBE pims.demo.signal
await pims.subscribe("pims.demo.signal", undefined, onEvent("pims.demo.signal"));
// 2. SUCCEEDED
// 3. GET pims.demo.phone
await pims.get("pims.demo.phone");
// 4. SUCCEEDED: phoneNumber
// 5. FAILED 2307: User dont have a phone number: no number
// 6. SET pims.demo.code, action: add
await pims.set("pims.demo.code", {
    action: "add",
    smsCode: 654321,
    options: {
        level: "low"
    },
    tags: ["a"]
});
// 7. a change happens (pims SDK to Your app)
// 8. RESULT: level
await nextEvent("pims.demo.signal");
// 9. UNSUBSCRIBE pims.demo.signal
await pims.unsubscribe("pims.demo.signal");
// 10. SUCCEEDED

// Another way (another path: not run here)
// 11. GET pims.demo.phone
// await pims.get("pims.demo.phone");
`);
		expect(code).toContain('// The simulator starts from the preset "Some preset".');
		expect(code).toContain('const nextEvent = (api) =>');
	});

	it('runs: the helpers and calls are valid JavaScript', () => {
		const code = flowCode(catalog, spec);
		expect(() => new Function(`return async (pims) => {\n${code}\n};`)).not.toThrow();
	});

	it('refuses params the operation does not take', () => {
		const bad: SequenceSpec = { ...spec, steps: [{ from: 'app', to: 'sdk', call: 'set-demo-code-add', params: { colour: 'red' } }] };
		expect(() => flowCode(catalog, bad)).toThrow(/colour is not a parameter/);
	});
});
