// Names the call a console message answers, the way the reference titles operations:
// method, API without `pims.`, and the discriminator's value, e.g. `SET vehicle.command - doors`.
import type { Catalog, Operation } from '../../content-model/catalog.ts';
import { route, routeTable, type RouteTable } from '../../simulator/route.ts';
import type { SdkCall } from '../protocol.ts';

const tables = new WeakMap<Catalog, RouteTable>();

function tableOf(catalog: Catalog): RouteTable {
	let table = tables.get(catalog);
	if (!table) tables.set(catalog, (table = routeTable(catalog)));
	return table;
}

/** The operation a call reaches, when its method, API and discriminator pick one. */
export function callOperation(catalog: Catalog, call: SdkCall): Operation | undefined {
	if (call.method !== 'get' && call.method !== 'set' && call.method !== 'subscribe') return undefined;
	const r = route(tableOf(catalog), call.method, call.api, call.params);
	return r.ok ? r.op : undefined;
}

const short = (api: string) => api.replace(/^pims\./, '');

/** `GET authentication.trustedphonenumber`, `SET vehicle.command - doors`, `UNSUBSCRIBE vehicle.signal`, `pims.initialize()`. */
export function callLabel(catalog: Catalog, call: SdkCall): string {
	if (call.method === 'initialize' || call.method === 'release') return `pims.${call.method}()`;
	const word = call.method.toUpperCase();
	const op = callOperation(catalog, call);
	if (op) return `${word} ${short(op.title)}`;
	// An API the SDK does not offer: name it as the code wrote it, so the 2002 is easy to place.
	return `${word} ${typeof call.api === 'string' ? short(call.api).slice(0, 80) : String(call.api)}`;
}
