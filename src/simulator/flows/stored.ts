// What the SDK keeps for the app: destinations for the car, push notification settings and token, prices.
import { CODE, isDictionary, OP, type JsonObject } from '../../sdk/index.ts';
import { cloneJson } from '../clone-json.ts';
import { is, type Flow, type FlowContext } from './types.ts';

const needsToken = (ctx: FlowContext) => (ctx.state.data.pushToken === null ? { code: CODE.noDataSaved } : undefined);
const eventTypes = (ctx: FlowContext) => (Array.isArray(ctx.params.type) ? ctx.params.type.map(String) : []);

function setNotifications(ctx: FlowContext, status: 'enabled' | 'disabled'): void {
	const { state } = ctx;
	for (const { vin } of state.vehicle.vins) {
		const mine = (state.data.notifications[vin] ??= {});
		for (const t of eventTypes(ctx)) mine[t] = status;
	}
}

function priceOf(ctx: FlowContext) {
	return ctx.state.data.prices[String(ctx.params.vin)];
}

export const storedFlows: Flow[] = [
	{
		matches: is(OP.destinationCoordinate, OP.destinationExtension),
		summary: 'Sends the destination when the car is in Bluetooth range; otherwise keeps it for later with preserve (stored, listed by pims.vehicle.destinations) or drops it (notAvailable).',
		codes: [],
		result: (ctx) => {
			const { state, params } = ctx;
			if (state.vehicle.inRange) {
				// The car is reachable: what was waiting goes with this one.
				state.data.destinations = [];
				return { status: 'sent', reason: 'GEOLOC_PRIVATE' };
			}
			if (params.preserve !== true) return { status: 'notAvailable', reason: 'GEOLOC_PRIVATE' };
			const location = isDictionary(params.location) ? cloneJson(params.location as JsonObject) : { address: String(params.extensionInformation ?? '') };
			state.data.destinations.push({ vin: String(params.vin), userid: state.session.username, location });
			return { status: 'stored', reason: 'GEOLOC_PRIVATE' };
		},
	},
	{
		matches: is(OP.destinations),
		summary: 'Lists the destinations waiting for the car.',
		codes: [],
		result: ({ state }) => ({ destinations: cloneJson(state.data.destinations) }),
	},
	{
		matches: is(OP.registerPushToken),
		summary: 'Registers the push token.',
		codes: [],
		apply: ({ state, params }) => void (state.data.pushToken = String(params.token)),
	},
	{
		matches: is(OP.unregisterPushToken),
		summary: 'Drops the push token; with none registered it fails with 2345.',
		codes: [CODE.noDataSaved],
		check: needsToken,
		apply: ({ state }) => void (state.data.pushToken = null),
	},
	{
		matches: is(OP.enableEvents),
		summary: 'Enables the notifications named for every vehicle of the account; with no push token registered it fails with 2345.',
		codes: [CODE.noDataSaved],
		check: needsToken,
		apply: (ctx) => setNotifications(ctx, 'enabled'),
	},
	{
		matches: is(OP.disableEvents),
		summary: 'Disables the notifications named; with no push token registered it fails with 2345.',
		codes: [CODE.noDataSaved],
		check: needsToken,
		apply: (ctx) => setNotifications(ctx, 'disabled'),
	},
	{
		matches: is(OP.removeEvents),
		summary: 'Forgets the notification settings of the vehicle.',
		codes: [],
		apply: ({ state, params }) => void delete state.data.notifications[String(params.vin)],
	},
	{
		matches: is(OP.sdkEvents),
		summary: 'Returns the notification settings of the vehicles asked for; with none recorded it fails with 2345.',
		codes: [CODE.noDataSaved],
		check: (ctx) => (eventsOf(ctx).length ? undefined : { code: CODE.noDataSaved }),
		result: (ctx) => ({ events: eventsOf(ctx) }),
	},
	{
		matches: is(OP.setPrice),
		summary: 'Stores the prices of the vehicle, which pims.vehicle.price then returns.',
		codes: [],
		apply: ({ state, params }) => {
			const stored = (state.data.prices[String(params.vin)] ??= {});
			if (typeof params.priceFuel === 'number') stored.priceFuel = params.priceFuel;
			if (typeof params.priceElectric === 'number') stored.priceElectric = params.priceElectric;
		},
	},
	{
		matches: is(OP.getPrice),
		summary: 'Returns the prices stored for the vehicle; a VIN with none stored fails with 2102 naming vin.',
		codes: [CODE.invalidParameter],
		check: (ctx) => (priceOf(ctx) ? undefined : { code: CODE.invalidParameter, parameter: 'vin' }),
		result: (ctx) => ({ ...priceOf(ctx) }),
	},
];

function eventsOf(ctx: FlowContext): JsonObject[] {
	const vins = Array.isArray(ctx.params.vins) ? ctx.params.vins.map(String) : [];
	return vins
		.filter((vin) => Object.keys(ctx.state.data.notifications[vin] ?? {}).length > 0)
		.map((vin) => ({ vin, notifications: Object.entries(ctx.state.data.notifications[vin]!).map(([name, status]) => ({ name, status })) }));
}
