// The twin's state in words, grouped as the state panel shows it. Pure: no DOM. The phone's and the car's
// settings are not here: the panel shows them as switches.
import type { SimState, SubscriptionInfo } from '../../simulator/index.ts';

export interface StateGroup {
	title: string;
	rows: Array<[label: string, value: string]>;
}

const list = (items: readonly string[], none = 'none') => (items.length ? items.join(', ') : none);

export function stateGroups(state: SimState, subscriptions: readonly SubscriptionInfo[]): StateGroup[] {
	const { session, account, vehicle, data } = state;
	const pin = account.pin === null ? 'not chosen yet' : account.wrongPins ? `chosen; ${account.wrongPins} wrong in a row` : 'chosen';
	const doors = `${vehicle.doors.locked ? 'locked' : 'unlocked'}${vehicle.doors.open ? ', one is open' : ''}`;
	const charging = `${vehicle.charging.state.toLowerCase()}, battery ${vehicle.charging.level}%${vehicle.charging.deferredTime ? `, deferred to ${vehicle.charging.deferredTime}` : ''}`;
	const events = Object.values(data.notifications).reduce((n, byName) => n + Object.keys(byName).length, 0);
	return [
		{
			title: 'Session',
			rows: [
				['Facade', state.initialized ? 'initialized' : 'not initialized'],
				['User', session.loggedIn ? `logged in as ${session.username}` : 'logged out'],
				['This device', session.enrolled ? 'enrolled' : 'not enrolled'],
			],
		},
		{
			title: 'Account',
			rows: [
				['Trusted phone number', account.phoneNumber ?? 'none'],
				['PIN', pin],
				['Blocked', account.blocked ? 'yes, until the PIN is reset' : 'no'],
				['SMS codes not used yet', list(Object.keys(account.smsCodes))],
			],
		},
		{
			title: 'Vehicles',
			rows: [
				['VINs', list(vehicle.vins.map((v) => v.vin))],
				['Selected for commands', vehicle.selectedVin ?? 'none'],
				['Services started', list(vehicle.services)],
				['Components set up', list(vehicle.configured)],
				['Doors', doors],
				['Charging', charging],
				['Preconditioning', vehicle.preconditioning.toLowerCase()],
			],
		},
		{
			title: 'Subscriptions',
			rows: subscriptions.length ? subscriptions.map((s) => [s.api, `${s.events} event${s.events === 1 ? '' : 's'} so far`]) : [['Running', 'none']],
		},
		{
			title: 'Stored data',
			rows: [
				['Trips', data.trips.length ? `${data.trips.length}: ${data.trips.map((t) => t.id).join(', ')}` : 'none'],
				['Destinations sent', String(data.destinations.length)],
				['SDK events set', String(events)],
				['Push token', data.pushToken ? 'registered' : 'none'],
			],
		},
	];
}
