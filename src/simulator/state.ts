import type { Catalog } from '../content-model/catalog.ts';
import { OP } from '../sdk/index.ts';

/** What the simulated SDK remembers between calls. One per console or test; `resetState` restores it. */
export interface SimState {
	initialized: boolean;
	/** The account's trusted phone number; null when the account has none. */
	phoneNumber: string | null;
	/** The number an SMS code was last sent to by phoneNumberCertification. */
	pendingPhoneNumber: string | null;
}

export interface StatePreset {
	id: string;
	label: string;
	apply(state: SimState): void;
}

/** Starting points a reader can pick, besides the default one. */
export const statePresets: StatePreset[] = [
	{ id: 'default', label: 'Account with a trusted phone number', apply: () => {} },
	{ id: 'no-phone-number', label: 'Account without a trusted phone number', apply: (s) => void (s.phoneNumber = null) },
];

/** The documented example of an output field, so the initial state reproduces the printed success. */
function documentedOutput(catalog: Catalog, slug: string, field: string): unknown {
	return catalog.operations.find((o) => o.slug === slug)?.output.find((f) => f.name === field)?.example;
}

export function createState(catalog: Catalog, options: { initialized?: boolean; preset?: string } = {}): SimState {
	const phone = documentedOutput(catalog, OP.trustedPhoneNumber, 'phoneNumber');
	const state: SimState = {
		initialized: options.initialized ?? false,
		phoneNumber: typeof phone === 'string' ? phone : null,
		pendingPhoneNumber: null,
	};
	statePresets.find((p) => p.id === options.preset)?.apply(state);
	return state;
}

/** Puts a state object back to its initial values in place, so every holder of it sees the reset. */
export function resetState(state: SimState, catalog: Catalog, options: { initialized?: boolean; preset?: string } = {}): void {
	Object.assign(state, createState(catalog, options));
}
