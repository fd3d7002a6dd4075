// URL helpers: every internal link goes through here so the site works under any base path.

/** Prefixes a site path (`/reference/x/`) with the configured base. */
export function withBase(path: string): string {
	const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');
	return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

export const routes = {
	operation: (slug: string) => `/reference/${slug}/`,
	errors: () => '/reference/errors/',
	error: (code: number) => `/reference/errors/#${code}`,
	component: (tag: string) => `/reference/components/${tag.toLowerCase()}/`,
	index: () => '/reference/',
	changelog: () => '/reference/changelog/',
	corrections: () => '/reference/corrections/',
	/** The corrections of one operation, on the corrections page. */
	correctionsOf: (slug: string) => `/reference/corrections/#${slug}`,
	getStarted: () => '/get-started/',
	/** The page about one SDK: `/platforms/android/`, `/platforms/ios/`. */
	platform: (p: 'android' | 'ios') => `/platforms/${p}/`,
};
