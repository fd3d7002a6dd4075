import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../content-model/test-fixtures.ts';
import { initialPlatform } from './platform.ts';

const [op] = fixtureCatalog().operations;
if (!op) throw new Error('fixture changed');
const androidOnly = { ...op, platform: { only: 'android' as const, reason: 'iOS has no such step.' } };

describe('the platform a console starts as', () => {
	it("is a shared link's, then the one SDK of the operation, then the site-wide choice, then Android", () => {
		expect(initialPlatform('ios', androidOnly, 'android')).toBe('ios');
		expect(initialPlatform(undefined, androidOnly, 'ios')).toBe('android');
		expect(initialPlatform(undefined, op, 'ios')).toBe('ios');
		expect(initialPlatform(undefined, undefined, 'ios')).toBe('ios');
		expect(initialPlatform(undefined, op, undefined)).toBe('android');
		expect(initialPlatform(undefined, op, 'windows')).toBe('android');
	});
});
