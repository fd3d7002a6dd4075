// An operation as one SDK has it, on variants of the fixture: fields the other platform alone has are left out, at
// any depth, and an operation with no such field is the operation itself.
import { describe, expect, it } from 'vitest';
import { operationBySlug, type Field, type Operation } from '../content-model/catalog.ts';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { isPlatform, operationOn } from './platform.ts';

const plain = operationBySlug(fixtureCatalog(), 'set-demo-code-add');
const IOS = { only: 'ios', reason: 'Only the iOS SDK has it.' } as const;
const ANDROID = { only: 'android', reason: 'Only the Android SDK has it.' } as const;
const names = (fields: Field[]): unknown[] => fields.map((f) => (f.fields ? [f.name, names(f.fields)] : f.name));

/** set-demo-code-add with an Android-only top-level parameter and an iOS-only field inside `options`. */
const marked: Operation = {
	...plain,
	parameters: plain.parameters.flatMap((p): Field[] =>
		p.name === 'options'
			? [{ ...p, fields: [...(p.fields ?? []), { name: 'badge', type: 'boolean', required: false, description: 'Badge.', example: true, platform: IOS }] }]
			: p.name === 'tags'
				? [p, { name: 'context', type: 'context', required: true, description: 'The Context.', platform: ANDROID }]
				: [p],
	),
};

/** set-demo-code-add with only a nested mark: an Android-only field inside `options`. */
const nested: Operation = {
	...plain,
	parameters: plain.parameters.map((p) =>
		p.name === 'options' ? { ...p, fields: [...(p.fields ?? []), { name: 'vibrate', type: 'boolean', required: false, description: 'Vibrate.', example: true, platform: ANDROID }] } : p,
	),
};

describe('operationOn', () => {
	it('leaves out the other platform’s parameters, at the top and inside objects', () => {
		expect(names(operationOn(marked, 'android').parameters)).toStrictEqual(['action', 'smsCode', ['options', ['level']], 'tags', 'context']);
		expect(names(operationOn(marked, 'ios').parameters)).toStrictEqual(['action', 'smsCode', ['options', ['level', 'badge']], 'tags']);
	});

	it('finds a mark that is only inside an object', () => {
		expect(names(operationOn(nested, 'ios').parameters)).toStrictEqual(['action', 'smsCode', ['options', ['level']], 'tags']);
		expect(names(operationOn(nested, 'android').parameters)).toStrictEqual(['action', 'smsCode', ['options', ['level', 'vibrate']], 'tags']);
	});

	it('keeps what a kept field says about itself', () => {
		const options = operationOn(marked, 'android').parameters.find((p) => p.name === 'options');
		expect(options).toMatchObject({ type: 'object', required: false, description: 'Options.' });
	});

	it('is the operation itself when nothing in it is marked, and one kept view otherwise', () => {
		expect(operationOn(plain, 'ios')).toBe(plain);
		// An operation no other test has viewed, so that the first call here is the one that makes the view.
		const fresh = { ...marked };
		expect(operationOn(fresh, 'ios')).not.toBe(fresh);
		expect(operationOn(fresh, 'ios')).toBe(operationOn(fresh, 'ios'));
	});
});

describe('isPlatform', () => {
	it('is true of the two SDKs only', () => {
		expect(['android', 'ios', 'Android', 'web', '', undefined, null].map(isPlatform)).toStrictEqual([true, true, false, false, false, false, false]);
	});
});
