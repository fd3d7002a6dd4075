// What the simulator does for one operation, in words: the same facts as the page's "In the simulator" section.
import type { Catalog, Operation } from '../../content-model/index.ts';
import { CODE } from '../../sdk/index.ts';
import { flowsFor, scenarioOptions } from '../../simulator/index.ts';

export function simulatorMarkdown(catalog: Catalog, op: Operation): string {
	const lines = ['The console runs calls against a simulator built from this page. It checks the call in the documented order, then answers with the outcome chosen:', ''];
	lines.push(...scenarioOptions(catalog, op).map((o) => `- ${o.label}`));
	const conditions = [
		op.errors.includes(CODE.noInternet) && `Offline: fails with ${CODE.noInternet}.`,
		op.errors.includes(CODE.timeout) && `Slow network: fails with ${CODE.timeout} once the timeout has passed.`,
	].filter((c): c is string => typeof c === 'string');
	if (conditions.length) lines.push('', `Conditions that can be switched on for every call: ${conditions.join(' ')}`);
	const flows = flowsFor(op);
	if (flows.length) lines.push('', 'State it keeps between calls:', '', ...flows.map((f) => `- ${f.summary}`));
	if (op.method === 'subscribe')
		lines.push(
			'',
			`After the acknowledgement, RESULT events built from the event data arrive within a second and then every second, until \`pims.unsubscribe\`. Subscribing again to the same API while the stream runs fails with ${CODE.duplicateCommand}.`,
		);
	return lines.join('\n');
}
