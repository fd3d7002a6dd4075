import { describe, expect, it } from 'vitest';
import { operationBySlug } from '../content-model/index.ts';
import { catalog } from '../site/catalog.ts';
import { documentedCall, hasCallOn, paramsFor } from './call-shape.ts';
import { kotlinExample } from './kotlin.ts';
import { swiftExample } from './swift.ts';

describe('examples per platform', () => {
	it("leave a parameter of one platform out of the other platform's example", () => {
		const call = { kind: 'set' as const, name: 'pims.x', params: { action: 'go', code: 12 }, onlyOn: { code: 'ios' as const } };
		expect(paramsFor(call, 'android')).toEqual({ action: 'go' });
		expect(paramsFor(call, 'ios')).toEqual({ action: 'go', code: 12 });
		expect(kotlinExample(call)).not.toContain('code');
		expect(swiftExample(call)).toContain('"code": 12');
	});

	it('give enrollment enroll its iOS-only smsCode in Swift only', () => {
		const call = documentedCall(operationBySlug(catalog, 'set-authentication-enrollment-enroll'));
		expect(kotlinExample(call)).not.toContain('smsCode');
		expect(swiftExample(call)).toContain('"smsCode": 123456');
	});

	it('know that set-vehicle-device exists on Android only', () => {
		const call = documentedCall(operationBySlug(catalog, 'set-vehicle-device'));
		expect([hasCallOn(call, 'android'), hasCallOn(call, 'ios')]).toEqual([true, false]);
		const both = documentedCall(operationBySlug(catalog, 'get-authentication-trustedphonenumber'));
		expect([hasCallOn(both, 'android'), hasCallOn(both, 'ios')]).toEqual([true, true]);
	});

	it('mark every Android Context parameter of the catalogue as Android-only', () => {
		const contexts = catalog.operations.flatMap((op) => op.parameters.filter((p) => p.type === 'context').map((p) => `${op.slug}:${p.platform?.only}`));
		expect(contexts.length).toBe(6);
		expect(contexts.every((c) => c.endsWith(':android'))).toBe(true);
	});
});
