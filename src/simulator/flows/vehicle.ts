// The account's vehicles, the services and components set up for them, and what the car's state reads as.
import { exampleOf } from '../../content-model/examples.ts';
import { CODE, isDictionary, OP, type Json, type JsonObject } from '../../sdk/index.ts';
import { vehicleStatus } from '../signal.ts';
import { is, type Flow, type FlowContext } from './types.ts';

/** The names pims.vehicle.services reports on, and what tells whether each runs. */
const SERVICE_STATUS: Record<string, (ctx: FlowContext) => boolean> = {
	o2x: ({ state }) => state.vehicle.configured.includes('O2X'),
	sendtonav: ({ state }) => state.vehicle.services.includes('sendToNav'),
	tripsanddrive: ({ state }) => state.vehicle.configured.includes('TripNDrive'),
};

const examples = new WeakMap<object, Json>();

/** The documented example of an output field, built once per field; callers copy it before changing it. */
const documentedOutput = (ctx: FlowContext, name: string): Json | undefined => {
	const f = ctx.op.output.find((o) => o.name === name);
	if (!f) return undefined;
	let example = examples.get(f);
	if (example === undefined) examples.set(f, (example = exampleOf(f)));
	return example;
};

/** The three steps of the subscription journey, done or not according to the account. */
function steps(ctx: FlowContext): JsonObject {
	const done = (yes: boolean) => (yes ? 'alreadyDone' : 'todo');
	const step = (name: string, order: number, yes: boolean): JsonObject => ({ name, status: done(yes), order });
	return {
		trusterPhoneNumber: step('trusterPhoneNumber', 1, ctx.state.account.phoneNumber !== null),
		deviceActivation: step('deviceActivation', 2, ctx.state.session.enrolled),
		mediumCarKey: step('mediumCarKey', 3, true),
	};
}

/** Subscriptions that start a service, which runs until an unsubscribe stops it (ending a run or pims.release does not). */
export const SUBSCRIPTION_SERVICES: Readonly<Record<string, string>> = { [OP.o2xInformations]: 'o2xInformations' };

const stepsId = (ctx: FlowContext) => documentedOutput(ctx, 'stepsID') ?? '';

export const vehicleFlows: Flow[] = [
	{
		matches: is(OP.vins),
		summary: 'Lists the account’s vehicles.',
		codes: [],
		result: ({ state }) => ({ vins: state.vehicle.vins.map((v) => ({ ...v })) }),
	},
	{
		matches: is(OP.removeVehicle),
		summary: 'Removes the vehicle from the account: pims.vehicle.vins no longer lists it.',
		codes: [],
		apply: ({ state, params }) => {
			state.vehicle.vins = state.vehicle.vins.filter((v) => v.vin !== params.vin);
			if (state.vehicle.selectedVin === params.vin) state.vehicle.selectedVin = null;
		},
	},
	{
		matches: is(OP.sendToNavService),
		summary: 'Starts or stops the sendToNav service: starting it twice fails with 2339, stopping it when it is not running with 2367.',
		codes: [CODE.serviceAlreadyStarted, CODE.serviceNotStarted],
		check: ({ state, params }) => {
			const running = state.vehicle.services.includes('sendToNav');
			if (params.action === 'start' && running) return { code: CODE.serviceAlreadyStarted };
			if (params.action === 'stop' && !running) return { code: CODE.serviceNotStarted };
			return undefined;
		},
		apply: ({ state, params }) => {
			const others = state.vehicle.services.filter((s) => s !== 'sendToNav');
			state.vehicle.services = params.action === 'start' ? [...others, 'sendToNav'] : others;
		},
	},
	{
		matches: is(OP.o2xInformations),
		summary:
			'Starts the O2X information service, which runs until pims.unsubscribe stops it: a subscription ended another way (a console run that stops, pims.release) leaves it running, and the next one fails with 2339; a second subscription while one runs fails with 2005.',
		codes: [CODE.serviceAlreadyStarted],
		check: (ctx) => (ctx.state.vehicle.services.includes('o2xInformations') && !ctx.subscribed(OP.o2xInformations) ? { code: CODE.serviceAlreadyStarted } : undefined),
		apply: ({ state }) => void (state.vehicle.services.includes('o2xInformations') || state.vehicle.services.push('o2xInformations')),
	},
	{
		matches: is(OP.services),
		summary: 'Reports each service asked for as started or stopped, from what has been started and set up.',
		codes: [],
		result: (ctx) => ({
			services: (Array.isArray(ctx.params.services) ? ctx.params.services : []).map((name) => ({
				name: String(name),
				status: SERVICE_STATUS[String(name)]?.(ctx) ? 'started' : 'stopped',
			})),
		}),
	},
	{
		matches: is(OP.o2xConfiguration),
		summary: 'Sets up the O2X component.',
		codes: [],
		apply: ({ state }) => void (state.vehicle.configured.includes('O2X') || state.vehicle.configured.push('O2X')),
	},
	{
		matches: is(OP.stepsById),
		summary: 'Knows only the stepsID the steps lookups return; any other fails with 2346 naming it. Each step is done or to do according to the account.',
		codes: [CODE.noStepForId],
		check: (ctx) => {
			const known = ctx.catalog.operations.find((o) => o.slug === OP.stepsByVin)?.output.find((f) => f.name === 'stepsID')?.example;
			return ctx.params.stepsID === known ? undefined : { code: CODE.noStepForId, fill: { stepsID: String(ctx.params.stepsID) } };
		},
		result: steps,
	},
	{
		matches: is(OP.stepsByVin, OP.stepsByStepsId, OP.stepsByCarAssociation),
		summary: 'Each step is done or to do according to the account: a trusted phone number, this device enrolled. With resetSteps: true, a device inWebo disabled can be enrolled again.',
		codes: [],
		apply: ({ state, params }) => void (params.resetSteps === true && (state.account.deviceDisabled = false)),
		result: (ctx) => ({ stepsID: stepsId(ctx), ...steps(ctx) }),
	},
	{
		matches: is(OP.remoteInformations),
		summary: 'Reads the car’s state as the twin holds it: doors, charging, preconditioning; what changed at the car is then known again.',
		codes: [],
		apply: ({ state }) => void Object.assign(state.vehicle.outOfDate, { doors: false, deferredHours: false, programs: false }),
		result: (ctx) => {
			const template = documentedOutput(ctx, 'vehicle');
			if (!isDictionary(template)) return undefined;
			return vehicleStatus({ vehicle: template }, ctx.state, new Date(ctx.now).toISOString());
		},
	},
];
