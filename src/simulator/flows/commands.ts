// Remote commands. The SDK's own refusals (2301, 2302, 2365) are preconditions; these rows are the car's: the call
// succeeds ("the command went out") and the car's refusal, or its new state, arrives on pims.vehicle.signal.
import { CODE, OP } from '../../sdk/index.ts';
import { CAR_MS, COOL_DOWN_MS, type ChargeRequest } from '../state/index.ts';
import { is, type Flow, type FlowContext, type Refusal } from './types.ts';

const switchedOn = (ctx: FlowContext, action: string): Refusal | undefined => (ctx.state.vehicle.switchedOn ? { code: CODE.carSwitchedOn, fill: { ACTION: action } } : undefined);

const coolingDown = (since: number | null, now: number) => since !== null && now - since < COOL_DOWN_MS;

/** What a charge request asks: a charge now (startNow), a new deferred time (its own operation), or both; stopping a charge is neither. */
const chargeRequest = (ctx: FlowContext): ChargeRequest => ({ immediate: ctx.params.startNow === true, deferred: ctx.op.slug === OP.chargeDeferredTime, at: ctx.now });

/** While the car still applies one request, it drops a second that asks for what the first one undoes: 2325 or 2326. */
function racing(ctx: FlowContext): Refusal | undefined {
	const first = ctx.state.vehicle.charging.inFlight;
	if (!first || ctx.now - first.at >= CAR_MS) return undefined;
	const second = chargeRequest(ctx);
	if (second.immediate && first.deferred) return { code: CODE.deferredHourChanged };
	if (second.deferred && first.immediate) return { code: CODE.immediateChargeLaunched };
	return undefined;
}

/** A command the car refuses while it is switched on (2329), and for COOL_DOWN_MS after it last succeeded (its own code). */
interface CoolingDown {
	slug: string;
	/** The ACTION the 2329 label names. */
	action: string;
	/** What the command does, for the summary. */
	doing: string;
	code: number;
	/** Where the state keeps the time of the last success. */
	lastAt: 'hornAt' | 'lightsAt';
}

const coolingDownCommand = ({ slug, action, doing, code, lastAt }: CoolingDown): Flow => ({
	matches: is(slug),
	refusedBy: 'car',
	summary: `The car refuses to ${doing} while it is switched on (2329), and within ${COOL_DOWN_MS / 1000} s of the last time (${code}).`,
	codes: [CODE.carSwitchedOn, code],
	check: (ctx) => switchedOn(ctx, action) ?? (coolingDown(ctx.state.vehicle[lastAt], ctx.now) ? { code } : undefined),
	apply: ({ state, now }) => void (state.vehicle[lastAt] = now),
});

export const commandFlows: Flow[] = [
	{
		matches: is(OP.selectVin),
		summary: 'Selects the vehicle remote commands go to; signal events then report that VIN.',
		codes: [],
		apply: ({ state, params }) => void (state.vehicle.selectedVin = String(params.vin)),
	},
	{
		matches: is(OP.doors),
		refusedBy: 'car',
		summary:
			'The car refuses, on the signal subscription, to lock doors already locked (2361), to unlock doors already unlocked (2360), to do either with a door open (2362), and while the doors changed at the car since the app last read pims.vehicle.informations (2357).',
		codes: [CODE.doorStateOutOfDate, CODE.doorOpen, CODE.doorsAllLocked, CODE.doorsAllUnlocked],
		check: ({ state, params }) => {
			const doors = state.vehicle.doors;
			if (state.vehicle.outOfDate.doors) return { code: CODE.doorStateOutOfDate };
			if (doors.open) return { code: CODE.doorOpen };
			if (params.doorState === 'lock' && doors.locked) return { code: CODE.doorsAllLocked };
			if (params.doorState === 'unlock' && !doors.locked) return { code: CODE.doorsAllUnlocked };
			return undefined;
		},
		apply: ({ state, params }) => void (state.vehicle.doors.locked = params.doorState === 'lock'),
	},
	coolingDownCommand({ slug: OP.horn, action: 'horn', doing: 'sound the horn', code: CODE.hornCoolDown, lastAt: 'hornAt' }),
	coolingDownCommand({ slug: OP.lights, action: 'lights', doing: 'flash the lights', code: CODE.lightsCoolDown, lastAt: 'lightsAt' }),
	{
		matches: is(OP.charge, OP.chargeDeferredTime),
		refusedBy: 'car',
		summary: `Starting a charge now is refused while the car is switched on (2329), unplugged (2330) or already charging (2331); stopping one stops it; a deferred time is kept and reported. While the car still applies one request (${CAR_MS / 1000} s), a request to charge now is dropped after a deferred-time change (2325), and a deferred-time change after a request to charge now (2326). Every charge command is refused while the deferred hours changed at the car since the app last read pims.vehicle.informations (2337).`,
		codes: [CODE.deferredHoursOutOfDate, CODE.deferredHourChanged, CODE.immediateChargeLaunched, CODE.carSwitchedOn, CODE.chargingStandby, CODE.chargingOngoing],
		check: (ctx) => {
			const c = ctx.state.vehicle.charging;
			if (ctx.state.vehicle.outOfDate.deferredHours) return { code: CODE.deferredHoursOutOfDate };
			const race = racing(ctx);
			if (race || ctx.params.startNow !== true) return race;
			return switchedOn(ctx, 'charging') ?? (!c.plugged ? { code: CODE.chargingStandby } : c.state === 'INPROGRESS' ? { code: CODE.chargingOngoing } : undefined);
		},
		apply: (ctx) => {
			const { state, params, now } = ctx;
			const c = state.vehicle.charging;
			const request = chargeRequest(ctx);
			if (request.immediate || request.deferred) c.inFlight = request;
			if (typeof params.deferredTime === 'string') c.deferredTime = nextDeferredDate(now, params.deferredTime);
			if (params.startNow === true) c.state = c.level >= 100 ? 'FINISHED' : 'INPROGRESS';
			else if (c.state === 'INPROGRESS') c.state = 'STOPPED';
		},
	},
	{
		matches: is(OP.preconditioning),
		refusedBy: 'car',
		summary:
			'Starting preconditioning is refused while the car is switched on (2329) or while it runs (2333); stopping it is refused while the car is switched on (2335) or when it is not running (2336); either is refused while the programs changed at the car since the app last read pims.vehicle.informations (2338).',
		codes: [CODE.preconditioningProgramsOutOfDate, CODE.carSwitchedOn, CODE.preconditioningOngoing, CODE.stopPreconditioningCarOn, CODE.preconditioningNotRunning],
		check: (ctx) => {
			if (ctx.state.vehicle.outOfDate.programs) return { code: CODE.preconditioningProgramsOutOfDate };
			const running = ctx.state.vehicle.preconditioning === 'Enabled';
			if (ctx.params.startNow === true) return switchedOn(ctx, 'preconditioning') ?? (running ? { code: CODE.preconditioningOngoing } : undefined);
			if (ctx.state.vehicle.switchedOn) return { code: CODE.stopPreconditioningCarOn };
			return running ? undefined : { code: CODE.preconditioningNotRunning };
		},
		apply: ({ state, params }) => void (state.vehicle.preconditioning = params.startNow === true ? 'Enabled' : 'Disabled'),
	},
];

/** The next time of day an ISO 8601 duration such as PT22H30M names, as a timestamp. */
function nextDeferredDate(now: number, duration: string): string | null {
	const m = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(duration);
	if (!m) return null;
	const day = new Date(now);
	day.setUTCHours(Number(m[1] ?? 0), Number(m[2] ?? 0), 0, 0);
	if (day.getTime() <= now) day.setUTCDate(day.getUTCDate() + 1);
	return day.toISOString();
}
