import { describe, expect, it } from 'vitest';
import { PLATFORM_HEAD_SCRIPT, platformOfQuery, platformOfTab, TAB_STORAGE_KEY, withPlatformQuery } from './platform-choice.ts';

describe('platform choice', () => {
	it('reads ?platform= and ignores anything that is not a platform', () => {
		expect(platformOfQuery('?platform=ios')).toBe('ios');
		expect(platformOfQuery('?q=x&platform=android')).toBe('android');
		expect(platformOfQuery('?platform=windows')).toBeUndefined();
		expect(platformOfQuery('')).toBeUndefined();
	});

	it('keeps the other parameters of the URL', () => {
		expect(withPlatformQuery('?q=sms&method=get', 'ios')).toBe('?q=sms&method=get&platform=ios');
		expect(withPlatformQuery('?platform=ios', 'android')).toBe('?platform=android');
	});

	it('maps the example tabs to platforms', () => {
		expect([platformOfTab('Kotlin'), platformOfTab('Swift'), platformOfTab('JSON')]).toEqual(['android', 'ios', undefined]);
	});

	it('head script: the URL wins over the remembered tab, which is otherwise kept', () => {
		const run = (search: string, stored: string | null) => {
			const storage = new Map<string, string>(stored ? [[TAB_STORAGE_KEY, stored]] : []);
			const root = { dataset: {} as Record<string, string> };
			const scope = {
				location: { search },
				localStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
				document: { documentElement: root },
			};
			new Function('location', 'localStorage', 'document', PLATFORM_HEAD_SCRIPT)(scope.location, scope.localStorage, scope.document);
			return [root.dataset.platform, storage.get(TAB_STORAGE_KEY)];
		};
		expect(run('?platform=ios', 'Kotlin')).toEqual(['ios', 'Swift']);
		expect(run('', 'Swift')).toEqual(['ios', 'Swift']);
		expect(run('', null)).toEqual(['android', undefined]);
		expect(run('?platform=nope', 'Kotlin')).toEqual(['android', 'Kotlin']);
	});
});
