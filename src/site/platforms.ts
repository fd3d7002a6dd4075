// The two SDKs as the site names them: labels, the example tab of each, and the key their tabs share.
import type { Platform } from '../content-model/index.ts';

export const PLATFORM_LABEL: Record<Platform, string> = { android: 'Android', ios: 'iOS' };
/** The label of each platform's example tab; Starlight remembers the chosen label under the sync key. */
export const LANGUAGE_TAB: Record<Platform, string> = { android: 'Kotlin', ios: 'Swift' };
export const PLATFORM_SYNC_KEY = 'sdk-language';
