// The account: its trusted phone number, the SMS codes sent to it, the PIN and enrolment at inWebo.
import { CODE, OP } from '../../sdk/index.ts';
import { PIN_ATTEMPTS, SMS_CODE_VALIDITY_MS, type SmsPurpose } from '../state/index.ts';
import { documents, is, type Flow, type FlowContext, type Refusal } from './types.ts';

/** The operation whose documented smsCode a purpose's SMS carries, so the documented calls succeed as printed. */
const CODE_USED_BY: Record<SmsPurpose, string> = {
	phoneNumberCertification: OP.addPhoneNumber,
	enrollment: OP.enroll,
	resetPIN: OP.resetPin,
};

function documentedSmsCode(ctx: FlowContext, purpose: SmsPurpose): number {
	const example = ctx.catalog.operations.find((o) => o.slug === CODE_USED_BY[purpose])?.parameters.find((p) => p.name === 'smsCode')?.example;
	return typeof example === 'number' ? example : 123456;
}

/**
 * A code sent for this purpose, not used yet and still valid, that matches the call's smsCode. An expired one fails
 * with 2306 where documented; any other code with 2305 where documented, 2102 otherwise. Where this platform's SDK
 * takes no smsCode (Android's enroll), only the sending and the code's age are checked.
 */
function checkSmsCode(ctx: FlowContext, purpose: SmsPurpose): Refusal | undefined {
	const sent = ctx.state.account.smsCodes[purpose];
	const takesCode = ctx.op.parameters.some((p) => p.name === 'smsCode');
	if (sent && (!takesCode || ctx.params.smsCode === sent.code)) {
		if (ctx.now - sent.sentAt <= SMS_CODE_VALIDITY_MS) return undefined;
		if (documents(ctx.op, CODE.smsCodeExpired)) return { code: CODE.smsCodeExpired };
	}
	return documents(ctx.op, CODE.invalidSmsCode) ? { code: CODE.invalidSmsCode } : { code: CODE.invalidParameter, parameter: 'smsCode' };
}

/** The number of the call must be the one the phoneNumberCertification code was sent to. */
function checkCertifiedNumber(ctx: FlowContext): Refusal | undefined {
	const sent = ctx.state.account.smsCodes.phoneNumberCertification;
	return sent?.phoneNumber === ctx.params.phoneNumber ? undefined : { code: CODE.invalidParameter, parameter: 'phoneNumber' };
}

/** A wrong PIN counts; the last allowed attempt blocks the account. */
function wrongPin(ctx: FlowContext): Refusal {
	const account = ctx.state.account;
	account.wrongPins += 1;
	if (account.wrongPins >= PIN_ATTEMPTS) account.blocked = true;
	return { code: account.blocked && documents(ctx.op, CODE.accountBlocked) ? CODE.accountBlocked : CODE.accessRefused };
}

const issue =
	(purpose: SmsPurpose): Flow['apply'] =>
	(ctx) => {
		const phoneNumber = typeof ctx.params.phoneNumber === 'string' ? ctx.params.phoneNumber : undefined;
		ctx.state.account.smsCodes[purpose] = { code: documentedSmsCode(ctx, purpose), ...(phoneNumber ? { phoneNumber } : {}), sentAt: ctx.now };
		// A new enrolment code starts the enrolment over, whatever an interrupted one left.
		if (purpose === 'enrollment') ctx.state.inwebo.enrolment = 'none';
	};

const enrolOnce = (ctx: FlowContext): Refusal | undefined => (ctx.state.session.enrolled ? { code: CODE.forbiddenOperation } : undefined);

function enrol(ctx: FlowContext, purpose: SmsPurpose): void {
	const { account, session } = ctx.state;
	session.enrolled = true;
	ctx.state.inwebo.enrolment = 'none';
	account.tokenActivated = true;
	account.pin = typeof ctx.params.pinCode === 'number' ? ctx.params.pinCode : account.pin;
	account.wrongPins = 0;
	delete account.smsCodes[purpose];
}

const numberInUse = (ctx: FlowContext) => ctx.params.phoneNumber === ctx.state.account.phoneNumber || ctx.state.account.numbersInUse.includes(String(ctx.params.phoneNumber));

export const accountFlows: Flow[] = [
	{
		matches: is(OP.trustedPhoneNumber),
		summary: 'Returns the account’s trusted phone number, and fails with 2307 while the account has none.',
		codes: [CODE.noPhoneNumber],
		check: ({ state }) => (state.account.phoneNumber === null ? { code: CODE.noPhoneNumber } : undefined),
		result: ({ state }) => ({ phoneNumber: state.account.phoneNumber ?? '' }),
	},
	{ matches: is(OP.phoneNumberCertification), summary: 'Sends a code (123456) for the number given; it can be used once.', codes: [], apply: issue('phoneNumberCertification') },
	{ matches: is(OP.enrollmentCode), summary: 'Sends an enrolment code (123456) to the trusted number; it can be used once.', codes: [], apply: issue('enrollment') },
	{ matches: is(OP.resetPinCode), summary: 'Sends a PIN reset code (789012) to the trusted number; it can be used once.', codes: [], apply: issue('resetPIN') },
	{
		matches: is(OP.addPhoneNumber, OP.modifyPhoneNumber),
		summary: 'Accepts only the code sent for this number (otherwise 2102 naming smsCode or phoneNumber), then makes it the trusted phone number.',
		codes: [CODE.invalidParameter],
		check: (ctx) => checkSmsCode(ctx, 'phoneNumberCertification') ?? checkCertifiedNumber(ctx),
		apply: ({ state, params }) => {
			state.account.phoneNumber = String(params.phoneNumber);
			delete state.account.smsCodes.phoneNumberCertification;
		},
	},
	{
		matches: is(OP.checkEnrollmentCode),
		summary:
			'Checks the enrolment code without using it up (2102 naming smsCode when it is not the one sent); the status says whether the account has an enrolment. On a device not enrolled, the enrolment is then under way: a logout or pims.release before enrol interrupts it (2311).',
		codes: [CODE.invalidParameter],
		check: (ctx) => checkSmsCode(ctx, 'enrollment'),
		apply: ({ state }) => void (state.session.enrolled || (state.inwebo.enrolment = 'underway')),
		result: ({ state }) => ({ status: state.account.tokenActivated ? 'AlreadyEnrolled' : 'NotEnrolled' }),
	},
	{
		matches: is(OP.enroll),
		summary:
			'Enrols this device with the PIN given, using up the enrolment code: 2317 when it is already enrolled, 2305 for a code that was not sent, 2306 for one sent more than ten minutes earlier.',
		codes: [CODE.forbiddenOperation, CODE.invalidSmsCode, CODE.smsCodeExpired],
		check: (ctx) => enrolOnce(ctx) ?? checkSmsCode(ctx, 'enrollment'),
		apply: (ctx) => enrol(ctx, 'enrollment'),
	},
	{
		matches: is(OP.enrollWithPhoneNumber),
		summary:
			'Registers the certified number and enrols the device in one call: 2317 when already enrolled, 2305 for a wrong code, 2306 for an expired one, 2390 when the number is already registered.',
		codes: [CODE.forbiddenOperation, CODE.invalidSmsCode, CODE.smsCodeExpired, CODE.invalidParameter, CODE.phoneNumberRegistered],
		check: (ctx) => enrolOnce(ctx) ?? checkSmsCode(ctx, 'phoneNumberCertification') ?? checkCertifiedNumber(ctx) ?? (numberInUse(ctx) ? { code: CODE.phoneNumberRegistered } : undefined),
		apply: (ctx) => {
			ctx.state.account.phoneNumber = String(ctx.params.phoneNumber);
			enrol(ctx, 'phoneNumberCertification');
		},
	},
	{
		matches: is(OP.removeEnrollment),
		summary: 'Removes this device’s enrolment: calls that need it fail again (2302, or 2312 for inWebo calls), and inWebo disables the device until the steps are reloaded with resetSteps: true.',
		codes: [],
		apply: ({ state }) => {
			state.session.enrolled = false;
			state.account.deviceDisabled = true;
		},
	},
	{
		matches: is(OP.updatePin),
		summary: `Changes the PIN: a wrong oldPIN fails with 2308 and the ${PIN_ATTEMPTS}rd wrong PIN in a row blocks the account (2310); a new PIN equal to the old one fails with 2315.`,
		codes: [CODE.accessRefused, CODE.accountBlocked, CODE.samePin],
		check: (ctx) => {
			if (ctx.params.oldPIN !== ctx.state.account.pin) return wrongPin(ctx);
			return ctx.params.newPIN === ctx.params.oldPIN ? { code: CODE.samePin } : undefined;
		},
		apply: ({ state, params }) => {
			state.account.pin = Number(params.newPIN);
			state.account.wrongPins = 0;
		},
	},
	{
		matches: is(OP.resetPin),
		summary: 'Sets a new PIN with the PIN reset code and unblocks the account: 2305 for a code that was not sent, 2306 for an expired one, 2315 when the PIN does not change.',
		codes: [CODE.invalidSmsCode, CODE.smsCodeExpired, CODE.samePin],
		check: (ctx) => checkSmsCode(ctx, 'resetPIN') ?? (ctx.params.pinCode === ctx.state.account.pin ? { code: CODE.samePin } : undefined),
		apply: ({ state, params }) => {
			Object.assign(state.account, { pin: Number(params.pinCode), blocked: false, wrongPins: 0 });
			delete state.account.smsCodes.resetPIN;
		},
	},
	{
		matches: is(OP.otpWithPin),
		summary: `Gives a one-time password for the right PIN; a wrong one fails with 2308, and the ${PIN_ATTEMPTS}rd in a row blocks the account (2310).`,
		codes: [CODE.accessRefused, CODE.accountBlocked],
		check: (ctx) => (ctx.params.pinCode === ctx.state.account.pin ? undefined : wrongPin(ctx)),
		apply: ({ state }) => void (state.account.wrongPins = 0),
	},
	{
		matches: is(OP.isAccountBlocked),
		summary: 'Says PinBlocked while the account is blocked, NotBlocked otherwise.',
		codes: [],
		result: ({ state }) => ({ isAccountBlocked: state.account.blocked ? 'PinBlocked' : 'NotBlocked' }),
	},
	{
		matches: is(OP.isDeviceActivated),
		summary: 'Says whether this device is enrolled.',
		codes: [],
		result: ({ state }) => ({ isDeviceActivated: state.session.enrolled }),
	},
];
