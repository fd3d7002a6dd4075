// The SDK the console's simulator answers as, and how it follows the site-wide platform choice.
import type { Operation } from '../../content-model/catalog.ts';
import { DEFAULT_PLATFORM, isPlatform, type Platform } from '../../simulator/platform.ts';

/**
 * Where a console starts: the platform a shared link names; else the one SDK that has the operation (its example
 * would fail on the other); else the reader's site-wide choice; else Android.
 */
export function initialPlatform(shared: Platform | undefined, op: Operation | undefined, site: string | undefined): Platform {
	return shared ?? op?.platform?.only ?? (isPlatform(site) ? site : DEFAULT_PLATFORM);
}

/** A change of the site-wide choice, which the header's select writes as `data-platform` on the root element. */
export function onSitePlatform(listener: (platform: Platform) => void): void {
	const root = document.documentElement;
	new MutationObserver(() => {
		const value = root.dataset.platform;
		if (isPlatform(value)) listener(value);
	}).observe(root, { attributes: true, attributeFilter: ['data-platform'] });
}
