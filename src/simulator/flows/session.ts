// Logging in and out, and creating an account: what the session is.
import { OP } from '../../sdk/index.ts';
import { createAccount } from '../state/account.ts';
import { interruptEnrolment } from '../state/inwebo.ts';
import { is, type Flow } from './types.ts';

export const sessionFlows: Flow[] = [
	{
		matches: is(OP.login, OP.forcedLogin),
		summary: 'Logs the user in (the web view is simulated as completed); a device enrolled earlier is enrolled again for the session.',
		codes: [],
		apply: ({ state }) => void (state.session.loggedIn = true),
	},
	{
		matches: is(OP.createAccount),
		summary: 'Logs in to a new account: no trusted phone number, no enrolment, no vehicle, no stored data.',
		codes: [],
		apply: ({ state }) => {
			state.session.loggedIn = true;
			state.session.enrolled = false;
			state.account = createAccount(null);
			Object.assign(state.vehicle, { vins: [], selectedVin: null, services: [] });
			Object.assign(state.data, { trips: [], destinations: [], notifications: {}, pushToken: null, prices: {} });
		},
	},
	{
		matches: is(OP.logout),
		summary: 'Logs the user out: calls that need a session fail with 2301 until the next login; an enrolment under way is interrupted (2311).',
		codes: [],
		apply: ({ state }) => {
			state.session.loggedIn = false;
			interruptEnrolment(state.inwebo);
		},
	},
	{
		matches: is(OP.username),
		summary: 'Returns the login of the account.',
		codes: [],
		result: ({ state }) => ({ username: state.session.username }),
	},
];
