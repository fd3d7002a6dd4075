// The state every operation that documents a code checks, one row per code, in the order the simulator checks them.
// A row applies only to the operations that document its code.
import { CODE, OP } from '../../sdk/index.ts';
import type { SimState } from '../state/index.ts';
import { documents, type Flow, type FlowContext, type Refusal } from './types.ts';

interface Precondition {
	code: number;
	summary: string;
	/** Operations that document the code but never refuse with it for this reason. */
	except?: readonly string[];
	refuse(ctx: FlowContext): Refusal | boolean;
}

const notEnrolled = (s: SimState) => !s.session.loggedIn || !s.session.enrolled;

/** inWebo operations that need this device enrolled but document no 2302: they fail with 2312 or 2313 instead. */
const NEEDS_DEVICE: readonly string[] = [OP.otpWithPin, OP.otpWithoutPin, OP.updatePin, OP.resetPin, OP.removeEnrollment, OP.modifyPhoneNumber];

/** The enrolment calls, which inWebo refuses for a device it disabled. */
const ENROLS: readonly string[] = [OP.checkEnrollmentCode, OP.enroll, OP.enrollWithPhoneNumber];

export const PRECONDITIONS: readonly Precondition[] = [
	{ code: CODE.needBasicAuthentication, summary: 'fails with 2301 while nobody is logged in', refuse: ({ state }) => !state.session.loggedIn },
	{ code: CODE.needStrongAuthentication, summary: 'fails with 2302 until this device is enrolled', refuse: ({ state }) => notEnrolled(state) },
	{
		code: CODE.componentNotConfigured,
		summary: 'fails with 2344, naming its component, until the component is set up (StrongAuthentication by pims.initialize with the inWebo settings, TripNDrive by a first connection over Bluetooth)',
		refuse: ({ state, op }) => !state.vehicle.configured.includes(op.components[0] ?? ''),
	},
	{
		code: CODE.inWeboUnavailable,
		summary: 'fails with 2314 while pims.initialize gave inWebo settings no service answers at (an inWeboURL that is not an https address, or an empty macID)',
		refuse: ({ state }) => !state.inwebo.serviceReachable,
	},
	{
		code: CODE.accountBlocked,
		summary: 'fails with 2310 while the account is blocked on its PIN (a PIN reset unblocks it)',
		except: [OP.resetPin, OP.resetPinCode],
		refuse: ({ state }) => state.account.blocked,
	},
	{
		code: CODE.forbiddenOperation,
		summary: 'fails with 2317 while inWebo holds the account’s token waiting for an upgrade (a setting of the state panel, since the content does not say what causes it)',
		refuse: ({ state }) => state.account.tokenUpgradable,
	},
	{
		code: CODE.inWeboStateIncorrect,
		summary: 'fails with 2311 after an enrolment was interrupted (a logout or pims.release between the enrolment code check and enrol), until a new enrolment code starts it over',
		refuse: ({ state }) => state.inwebo.enrolment === 'interrupted',
	},
	{
		code: CODE.tokenNotActivated,
		summary: 'fails with 2313 when the account never enrolled a device',
		refuse: ({ state, op }) => NEEDS_DEVICE.includes(op.slug) && !state.account.tokenActivated,
	},
	{
		code: CODE.deviceUnknown,
		summary:
			'fails with 2312 when it needs this device enrolled and it is not; once its enrolment was removed, inWebo disables the device, and enrolling it again fails with 2312 until the steps are reloaded with resetSteps: true',
		refuse: ({ state, op }) => (NEEDS_DEVICE.includes(op.slug) && !state.session.enrolled) || (ENROLS.includes(op.slug) && state.account.deviceDisabled),
	},
	{
		code: CODE.locationOrBluetoothOff,
		summary: 'fails with 2341 while Bluetooth or location is off on the phone, the label saying which',
		refuse: ({ state }) => {
			if (!state.device.bluetooth) return { code: CODE.locationOrBluetoothOff, fill: { 'Location or Bluetooth': 'Bluetooth' } };
			if (!state.device.location) return { code: CODE.locationOrBluetoothOff, fill: { 'Location or Bluetooth': 'Location' } };
			return false;
		},
	},
	{ code: CODE.notPaired, summary: 'fails with 2342 while the phone is not paired with the car', refuse: ({ state }) => !state.device.paired },
	{
		code: CODE.invalidKeyPosition,
		summary: 'fails with 2354 while the car is out of the phone’s Bluetooth range, since a key is activated close to the car',
		refuse: ({ state }) => !state.vehicle.inRange,
	},
	{ code: CODE.invalidTimestamp, summary: 'fails with 2356 while the phone does not set its date and time automatically', refuse: ({ state }) => !state.device.autoTime },
	{ code: CODE.permissionNeeded, summary: 'fails with 2340 while the phone has not granted the permissions the SDK asks for', refuse: ({ state }) => !state.device.permissions },
	{
		code: CODE.serviceNotStarted,
		summary: 'fails with 2367 until pims.vehicle.service starts sendToNav',
		except: [OP.sendToNavService],
		refuse: ({ state }) => !state.vehicle.services.includes('sendToNav'),
	},
	{
		code: CODE.noSignalSubscription,
		summary: 'fails with 2365 while no pims.vehicle.signal subscription is running',
		refuse: ({ subscribed }) => !subscribed(OP.signal),
	},
];

/** The rows as flows: each applies where its code is documented. */
export const preconditionFlows: Flow[] = PRECONDITIONS.map((p) => ({
	matches: (op) => documents(op, p.code) && !p.except?.includes(op.slug),
	summary: `It ${p.summary}.`,
	codes: [p.code],
	check: (ctx) => {
		const r = p.refuse(ctx);
		if (r === false) return undefined;
		return r === true ? { code: p.code } : r;
	},
}));
