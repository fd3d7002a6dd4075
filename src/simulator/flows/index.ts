// The flows table, in the order the simulator checks it: the preconditions every documenting operation shares,
// then each concern's own rows. Adding a behaviour is adding a row.
import type { Operation } from '../../content-model/catalog.ts';
import { accountFlows } from './account.ts';
import { commandFlows } from './commands.ts';
import { preconditionFlows } from './preconditions.ts';
import { sessionFlows } from './session.ts';
import { storedFlows } from './stored.ts';
import { tripFlows } from './trips.ts';
import type { Flow } from './types.ts';
import { vehicleFlows } from './vehicle.ts';

export const flows: readonly Flow[] = [...preconditionFlows, ...sessionFlows, ...accountFlows, ...vehicleFlows, ...commandFlows, ...tripFlows, ...storedFlows];

const byOperation = new WeakMap<Operation, Flow[]>();

/** The rows that apply to an operation, in order; computed once per operation. */
export function flowsFor(op: Operation): Flow[] {
	let found = byOperation.get(op);
	if (!found) {
		found = flows.filter((f) => f.matches(op));
		byOperation.set(op, found);
	}
	return found;
}

export type { Flow } from './types.ts';
