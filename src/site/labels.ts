// How component and security facts read on the pages, so the operation and component pages word them alike.
import type { Component } from '../content-model/index.ts';

const SECURITY: Record<string, string> = {
	Authentication: 'user logged in',
	Subscription: 'active service subscription',
};

/** `Authentication (user logged in); Subscription (active service subscription)`, or `None required`. */
export function securityText(requirements: readonly string[]): string {
	return requirements.length === 0 ? 'None required' : requirements.map((s) => `${s} (${SECURITY[s] ?? s})`).join('; ');
}

const CONNECTIVITY: Record<Component['connectivity'], string> = {
	internet: 'Internet (the pims servers)',
	bluetooth: 'Bluetooth (a phone paired with the car)',
	none: 'None (runs on the phone)',
};

export function connectivityText(c: Component): string {
	return CONNECTIVITY[c.connectivity];
}

const CATEGORY: Record<Component['category'], string> = {
	feature: 'Feature',
	security: 'Security',
	overview: 'SDK overview',
};

export function categoryText(c: Component): string {
	return CATEGORY[c.category];
}
