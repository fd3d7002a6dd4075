// The reader's platform (Android or iOS): read from `?platform=`, remembered as the example tabs' own choice.
// Browser-safe and small: the head script below inlines it before any example tabs are parsed.

export type PlatformChoice = 'android' | 'ios';

/** Starlight remembers the label of the chosen tab of the `sdk-language` tabs under this key. */
export const TAB_STORAGE_KEY = 'starlight-synced-tabs__sdk-language';
const TAB_LABEL: Record<PlatformChoice, string> = { android: 'Kotlin', ios: 'Swift' };

export function platformOfTab(label: string | null | undefined): PlatformChoice | undefined {
	return label === TAB_LABEL.ios ? 'ios' : label === TAB_LABEL.android ? 'android' : undefined;
}

export function tabOfPlatform(platform: PlatformChoice): string {
	return TAB_LABEL[platform];
}

/** `?platform=ios` or `?platform=android` from a query string; anything else is no choice. */
export function platformOfQuery(search: string): PlatformChoice | undefined {
	const value = new URLSearchParams(search).get('platform');
	return value === 'ios' || value === 'android' ? value : undefined;
}

/** The query string with `platform` set, keeping every other parameter. */
export function withPlatformQuery(search: string, platform: PlatformChoice): string {
	const params = new URLSearchParams(search);
	params.set('platform', platform);
	return `?${params.toString()}`;
}

/**
 * Runs in the page head before the body: a `?platform=` in the URL becomes the remembered tab, so that
 * Starlight's own restore step opens that tab in every set of examples; the root element gets `data-platform`.
 */
export const PLATFORM_HEAD_SCRIPT = `(() => {
	try {
		const key = ${JSON.stringify(TAB_STORAGE_KEY)};
		const asked = new URLSearchParams(location.search).get('platform');
		if (asked === 'ios' || asked === 'android') localStorage.setItem(key, asked === 'ios' ? ${JSON.stringify(TAB_LABEL.ios)} : ${JSON.stringify(TAB_LABEL.android)});
		document.documentElement.dataset.platform = localStorage.getItem(key) === ${JSON.stringify(TAB_LABEL.ios)} ? 'ios' : 'android';
	} catch {
		document.documentElement.dataset.platform = 'android';
	}
})();`;
