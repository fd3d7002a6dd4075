// Starting points a reader (or a story) can pick, as data: each says which facts hold, and the state is built from them.
import type { DeviceState } from './state/device.ts';
import type { SessionStage } from './state/session.ts';

export interface Preset {
	/** Stable id for URLs, stories and the console's picker. */
	id: string;
	label: string;
	/** One sentence: what holds, and what a reader can try from it. */
	description: string;
	initialized: boolean;
	session: SessionStage;
	/** The account has the documented trusted phone number. */
	phoneNumber: boolean;
	/** The account has the documented electric vehicle, selected for remote commands, with its trips and prices. */
	vehicle: boolean;
	blocked?: boolean;
	device?: Partial<DeviceState>;
}

export const DEFAULT_PRESET = 'enrolled-ev';

export const PRESETS: readonly Preset[] = [
	{
		id: 'enrolled-ev',
		label: 'Enrolled, one electric car in Bluetooth range',
		description: 'Logged in, this device enrolled, the account’s electric car selected and paired: every documented success can happen.',
		initialized: true,
		session: 'enrolled',
		phoneNumber: true,
		vehicle: true,
	},
	{
		id: 'fresh-install',
		label: 'Fresh install',
		description: 'The app was just installed: pims.initialize has not run and nobody is logged in; the account exists, with a trusted number and a car.',
		initialized: false,
		session: 'loggedOut',
		phoneNumber: true,
		vehicle: true,
	},
	{
		id: 'logged-out',
		label: 'Logged out',
		description: 'Initialized, this device enrolled earlier, but the user has logged out: calls that need a session fail with 2301.',
		initialized: true,
		session: 'loggedOut',
		phoneNumber: true,
		vehicle: true,
	},
	{
		id: 'logged-in-no-vehicle',
		label: 'Logged in, no vehicle',
		description: 'Logged in, not enrolled, and the account has no car yet.',
		initialized: true,
		session: 'loggedIn',
		phoneNumber: true,
		vehicle: false,
	},
	{
		id: 'not-enrolled',
		label: 'Logged in, device not enrolled',
		description: 'Logged in with a trusted phone number and a car, but this device is not enrolled: strong-authentication calls fail with 2302 until it is.',
		initialized: true,
		session: 'loggedIn',
		phoneNumber: true,
		vehicle: true,
	},
	{
		id: 'no-phone-number',
		label: 'Account without a trusted phone number',
		description: 'Logged in, not enrolled, and the account has no trusted phone number: the start of the enrolment guide.',
		initialized: true,
		session: 'loggedIn',
		phoneNumber: false,
		vehicle: true,
	},
	{
		id: 'blocked',
		label: 'Account blocked on its PIN',
		description: 'Enrolled, but too many wrong PINs blocked the account: PIN operations fail with 2310 until the PIN is reset.',
		initialized: true,
		session: 'enrolled',
		phoneNumber: true,
		vehicle: true,
		blocked: true,
	},
	{
		id: 'out-of-range',
		label: 'Enrolled, Bluetooth off',
		description: 'Like the enrolled preset, with Bluetooth switched off on the phone: Bluetooth operations fail with 2341.',
		initialized: true,
		session: 'enrolled',
		phoneNumber: true,
		vehicle: true,
		device: { bluetooth: false },
	},
];

export function presetById(id: string): Preset | undefined {
	return PRESETS.find((p) => p.id === id);
}
