import { describe, expect, it } from 'vitest';
import { operationBySlug } from '../content-model/index.ts';
import { catalog } from '../site/catalog.ts';
import { completeExample, handledError } from './complete-example.ts';
import { printKotlin } from './kotlin.ts';
import { printSwift } from './swift.ts';

const labelOf = (code: number) => catalog.errors.find((e) => e.code === code)?.label ?? '';
const kotlin = (slug: string) => printKotlin(completeExample(operationBySlug(catalog, slug), 'android', labelOf));
const swift = (slug: string) => printSwift(completeExample(operationBySlug(catalog, slug), 'ios', labelOf));

describe('complete examples', () => {
	it("read trustedphonenumber's phoneNumber as a String and handle 2307 by code (Kotlin)", () => {
		const text = kotlin('get-authentication-trustedphonenumber');
		expect(text).toContain('val phoneNumber = result?.get("phoneNumber") as? String');
		expect(text).toContain('val label = (message["error"] as? Map<*, *>)?.get("label") as? String');
		expect(text).toContain('when (code) {');
		expect(text).toContain('2307 -> { } // User dont have a phone number');
	});

	it('do the same in Swift with a switch', () => {
		const text = swift('get-authentication-trustedphonenumber');
		expect(text).toContain('let phoneNumber = result?["phoneNumber"] as? String');
		expect(text).toContain('switch code {');
		expect(text).toContain('case 2307: break // User dont have a phone number');
	});

	it('type integers, numbers and booleans, and unsubscribe a subscription', () => {
		const text = kotlin('subscribe-vehicle-connection');
		expect(text).toContain('val status = result?.get("status") as? String');
		expect(text).toMatch(/\n\/\/ when the screen goes away, stop the events\npims\.unsubscribe\("pims\.vehicle\.connection"\) \{ message ->/);
		expect(swift('subscribe-vehicle-connection')).toContain('pims.unsubscribe(api: "pims.vehicle.connection")');
	});

	it("prefer the operation's own error to the generic ones", () => {
		expect(handledError(operationBySlug(catalog, 'get-authentication-trustedphonenumber'))).toBe(2307);
	});

	it('leave the iOS-only smsCode out of the Kotlin example', () => {
		expect(kotlin('set-authentication-enrollment-enroll')).not.toContain('smsCode');
		expect(swift('set-authentication-enrollment-enroll')).toContain('"smsCode": 123456');
	});
});
