// The facade's own calls: initialize, release, and unsubscribe (which ends a stream rather than reaching an operation).
import { CODE, isDictionary, OP, STATUS } from '../sdk/index.ts';
import { decideFor, type DecideContext } from './decide.ts';
import type { Outcome } from './facade.ts';
import { SUBSCRIPTION_SERVICES } from './flows/vehicle.ts';
import { failedMessage } from './reply.ts';
import { appliesTo } from './scenarios.ts';
import type { Subscriptions } from './subscriptions.ts';
import { interruptEnrolment, reachableSettings } from './state/inwebo.ts';

/** The credential pims.initialize was given, when it is an object. */
function credentialOf(parameters: unknown): Record<string, unknown> | undefined {
	const credential = isDictionary(parameters) ? parameters.credential : undefined;
	return isDictionary(credential) ? credential : undefined;
}

/** pims.initialize sets StrongAuthentication up when its credential carries the inWebo settings. */
function configures(credential: Record<string, unknown> | undefined): boolean {
	return credential !== undefined && typeof credential.macID === 'string' && typeof credential.inWeboURL === 'string';
}

export function createLifecycle(ctx: DecideContext, subs: Subscriptions) {
	const { catalog, state } = ctx;
	const op = (slug: string) => catalog.operations.find((o) => o.slug === slug);
	const ok = (transactionId: string): Outcome => ({ message: { transactionId, status: STATUS.succeeded } });
	const fail = (transactionId: string, code: number, slug?: string): Outcome => ({ message: failedMessage(catalog, { code, op: slug ? op(slug) : undefined }, transactionId) });
	return {
		initialize(parameters: unknown, transactionId: string): Outcome {
			const init = op(OP.initialize);
			if (state.initialized) return fail(transactionId, CODE.facadeAlreadyInitialized, OP.initialize);
			if (init) {
				const d = decideFor(ctx, init, parameters);
				if (d.kind === 'fail') return { message: failedMessage(catalog, d, transactionId) };
			}
			state.initialized = true;
			const configured = state.vehicle.configured;
			const credential = credentialOf(parameters);
			if (configures(credential)) {
				if (!configured.includes('StrongAuthentication')) configured.push('StrongAuthentication');
				state.inwebo.serviceReachable = reachableSettings(credential!);
			}
			return ok(transactionId);
		},
		release(transactionId: string): Outcome {
			const rel = op(OP.release);
			const forced = rel && appliesTo(ctx.scenario, rel);
			if (forced?.kind === 'error') return fail(transactionId, forced.code, OP.release);
			if (!state.initialized) return fail(transactionId, CODE.facadeNotInitialized, rel?.slug);
			state.initialized = false;
			interruptEnrolment(state.inwebo);
			subs.stopAll();
			return ok(transactionId);
		},
		unsubscribe(api: unknown, transactionId: string): Outcome {
			if (!state.initialized) return fail(transactionId, CODE.facadeNotInitialized);
			if (typeof api !== 'string' || !ctx.table.has(`subscribe ${api}`)) return fail(transactionId, CODE.apiNotSupported);
			subs.stop(api);
			const stopped = new Set(ctx.table.get(`subscribe ${api}`)!.map((o) => SUBSCRIPTION_SERVICES[o.slug]));
			state.vehicle.services = state.vehicle.services.filter((s) => !stopped.has(s));
			return ok(transactionId);
		},
	};
}
