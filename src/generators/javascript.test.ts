// The console's JavaScript: every shape of call the printer writes, compared with whole hand-written programs.
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { comment, type Example } from './call-model.ts';
import { consoleExample, jsLiteral, printJavaScript } from './javascript.ts';

const catalog = fixtureCatalog();
const op = (slug: string) => catalog.operations.find((o) => o.slug === slug)!;

describe('console examples, whole', () => {
	it('a get without parameters is awaited with no other argument', () => {
		expect(consoleExample(op('get-demo-phone'))).toBe(
			['// pims.demo.phone: Reads the phone number.', '// Every message the SDK sends appears below. Press Run or Ctrl+Enter.', 'const message = await pims.get("pims.demo.phone");', ''].join('\n'),
		);
	});

	it('a set passes its documented parameters, nested objects and lists included', () => {
		expect(consoleExample(op('set-demo-code-add'))).toBe(
			[
				'// pims.demo.code - add: Adds a thing.',
				'// Every message the SDK sends appears below. Press Run or Ctrl+Enter.',
				'const message = await pims.set("pims.demo.code", {',
				'    action: "add",',
				'    smsCode: 123456,',
				'    options: {',
				'        level: "low"',
				'    },',
				'    tags: ["a"]',
				'});',
				'',
			].join('\n'),
		);
	});

	it('a subscription logs every message and stops after five seconds', () => {
		expect(consoleExample(op('subscribe-demo-signal'))).toBe(
			[
				'// pims.demo.signal: Streams a signal.',
				'// Every message the SDK sends appears below. Press Run or Ctrl+Enter.',
				'await pims.subscribe("pims.demo.signal", undefined, (message) => {',
				'    // Called for the acknowledgement and for every RESULT event.',
				'});',
				'',
				'// Stop the events after five seconds.',
				'setTimeout(() => pims.unsubscribe("pims.demo.signal"), 5000);',
				'',
			].join('\n'),
		);
	});

	it('initialize warns that the console starts initialized; other lifecycle calls do not', () => {
		const lifecycle = (name: string) => ({ ...op('get-demo-phone'), method: 'lifecycle' as const, api: name, title: name, summary: 'Lifecycle.' });
		expect(consoleExample(lifecycle('initialize'))).toBe(
			[
				'// initialize: Lifecycle.',
				'// Every message the SDK sends appears below. Press Run or Ctrl+Enter.',
				'// The console starts with the facade already initialized, so this fails with 2007 until you release it.',
				'await pims.initialize();',
				'',
			].join('\n'),
		);
		expect(consoleExample(lifecycle('release'))).toBe(['// release: Lifecycle.', '// Every message the SDK sends appears below. Press Run or Ctrl+Enter.', 'await pims.release();', ''].join('\n'));
	});
});

describe('printJavaScript', () => {
	it('passes undefined for absent parameters only when a callback follows, and lifecycle parameters alone', () => {
		const example: Example = {
			steps: [
				{ comments: [], call: { kind: 'get', name: 'pims.a', handlers: [{ status: 'SUCCEEDED', body: [comment('ok')] }] } },
				{ comments: [], call: { kind: 'unsubscribe', name: 'pims.b', params: { x: 1 }, handlers: [] } },
				{ comments: [], call: { kind: 'lifecycle', name: 'initialize', params: { env: 'prod' }, handlers: [] } },
				{ comments: [], call: { kind: 'set', name: 'pims.c', handlers: [], delayMs: 10 } },
			],
		};
		expect(printJavaScript(example)).toBe(
			[
				'const message = await pims.get("pims.a", undefined, (message) => {',
				'    if (message.status === "SUCCEEDED") { } // ok',
				'});',
				'',
				'await pims.unsubscribe("pims.b");',
				'',
				'await pims.initialize({',
				'    env: "prod"',
				'});',
				'',
				'setTimeout(() => pims.set("pims.c"), 10);',
				'',
			].join('\n'),
		);
	});
});

describe('jsLiteral', () => {
	it('writes identifier keys bare and quotes the others', () => {
		expect(jsLiteral({ plain: 1, $ok_2: true, 'two words': 'x', '9lives': null, 'a"b': [] })).toBe(
			'{\n    plain: 1,\n    $ok_2: true,\n    "two words": "x",\n    "9lives": null,\n    "a\\"b": []\n}',
		);
	});

	it('writes strings as JSON and lists on one line', () => {
		expect(jsLiteral(['a"b', 2, false])).toBe('["a\\"b", 2, false]');
		expect(jsLiteral({})).toBe('{}');
	});
});
