// Forced outcomes on the fixture catalogue (test-fixtures.ts): what can be chosen, what is refused and where it applies.
import { describe, expect, it } from 'vitest';
import { operationBySlug } from '../content-model/catalog.ts';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { appliesTo, outcomeFromId, scenarioOptions, scenarioProblem } from './scenarios.ts';

const catalog = fixtureCatalog();
const get = operationBySlug(catalog, 'get-demo-phone');
const signal = operationBySlug(catalog, 'subscribe-demo-signal');

describe('scenarioOptions', () => {
	it('offers success, then each documented error', () => {
		expect(scenarioOptions(catalog, get)).toEqual([
			{ id: 'success', label: 'Documented success', outcome: { kind: 'success' } },
			{ id: 'error:2001', label: '2001 · Facade not initialized', outcome: { kind: 'error', code: 2001 } },
			{ id: 'error:2307', label: '2307 · User dont have a phone number', outcome: { kind: 'error', code: 2307 } },
		]);
	});

	it('adds the RESULT errors of a subscription', () => {
		expect(scenarioOptions(catalog, signal).map((o) => [o.id, o.label])).toEqual([
			['success', 'Documented success'],
			['error:2001', '2001 · Facade not initialized'],
			['error:2005', '2005 · Duplicate command'],
			['error:2202', '2202 · Network problem : No internet'],
			['event-error:2001', 'RESULT error 2001 · Facade not initialized'],
			['event-error:2005', 'RESULT error 2005 · Duplicate command'],
			['event-error:2202', 'RESULT error 2202 · Network problem : No internet'],
		]);
	});
});

describe('outcomeFromId', () => {
	it('reads the ids the options give, and nothing else', () => {
		expect(outcomeFromId('success')).toEqual({ kind: 'success' });
		expect(outcomeFromId('error:2307')).toEqual({ kind: 'error', code: 2307 });
		expect(outcomeFromId('event-error:2202')).toEqual({ kind: 'event-error', code: 2202 });
		for (const id of ['', 'successful', 'error:', 'error:23a7', 'x-error:2307', 'error:2307x', 'warning:2307']) expect(outcomeFromId(id)).toBeUndefined();
	});
});

describe('scenarioProblem', () => {
	it('accepts documented outcomes, for one operation or for any', () => {
		expect(scenarioProblem(catalog, { outcome: { kind: 'success' } })).toBeUndefined();
		expect(scenarioProblem(catalog, { operation: 'get-demo-phone', outcome: { kind: 'success' } })).toBeUndefined();
		expect(scenarioProblem(catalog, { operation: 'get-demo-phone', outcome: { kind: 'error', code: 2307 } })).toBeUndefined();
		expect(scenarioProblem(catalog, { outcome: { kind: 'error', code: 2307 } })).toBeUndefined();
		expect(scenarioProblem(catalog, { operation: 'subscribe-demo-signal', outcome: { kind: 'event-error', code: 2202 } })).toBeUndefined();
		expect(scenarioProblem(catalog, { outcome: { kind: 'event-error', code: 2005 } })).toBeUndefined();
	});

	it('names the unknown operation', () => {
		expect(scenarioProblem(catalog, { operation: 'get-gone', outcome: { kind: 'success' } })).toBe('no operation has the slug "get-gone"');
		expect(scenarioProblem(catalog, { operation: 'get-gone', outcome: { kind: 'error', code: 2001 } })).toBe('no operation has the slug "get-gone"');
	});

	it('names the undocumented error and where it was asked for', () => {
		expect(scenarioProblem(catalog, { operation: 'get-demo-phone', outcome: { kind: 'error', code: 2202 } })).toBe('error 2202 is not documented for pims.demo.phone');
		expect(scenarioProblem(catalog, { outcome: { kind: 'error', code: 2999 } })).toBe('error 2999 is not documented for any operation');
		// A get has no events, so its documented 2307 cannot be a RESULT error.
		expect(scenarioProblem(catalog, { operation: 'get-demo-phone', outcome: { kind: 'event-error', code: 2307 } })).toBe('error 2307 is not documented for the events of pims.demo.phone');
		expect(scenarioProblem(catalog, { outcome: { kind: 'event-error', code: 2307 } })).toBe('error 2307 is not documented for the events of any operation');
		expect(scenarioProblem(catalog, { operation: 'set-demo-code-add', outcome: { kind: 'error', code: 2307 } })).toBe('error 2307 is not documented for pims.demo.code - add');
	});
});

describe('appliesTo', () => {
	it('applies a choice to its operation, or to every one that documents the code', () => {
		expect(appliesTo(undefined, get)).toBeUndefined();
		expect(appliesTo({ outcome: { kind: 'success' } }, get)).toEqual({ kind: 'success' });
		expect(appliesTo({ operation: 'get-demo-phone', outcome: { kind: 'error', code: 2307 } }, get)).toEqual({ kind: 'error', code: 2307 });
		expect(appliesTo({ operation: 'set-demo-code-add', outcome: { kind: 'success' } }, get)).toBeUndefined();
		expect(appliesTo({ outcome: { kind: 'error', code: 2307 } }, get)).toEqual({ kind: 'error', code: 2307 });
		expect(appliesTo({ outcome: { kind: 'error', code: 2307 } }, signal)).toBeUndefined();
	});

	it('applies RESULT errors to subscriptions only', () => {
		expect(appliesTo({ outcome: { kind: 'event-error', code: 2001 } }, signal)).toEqual({ kind: 'event-error', code: 2001 });
		expect(appliesTo({ outcome: { kind: 'event-error', code: 2001 } }, get)).toBeUndefined();
	});
});
