import type { Json } from '../sdk/index.ts';
import { INDENT, literal, type LiteralSyntax } from './literal.ts';
import { STATUS } from '../sdk/index.ts';
import type { CallShape } from './call-shape.ts';

const swift: LiteralSyntax = {
	// JSON escapes are valid Swift escapes; `\(` cannot occur because JSON doubles every backslash.
	string: (s) => JSON.stringify(s),
	list: (items) => `[${items.join(', ')}]`,
	emptyMap: '[:]',
	entry: (k, v) => `${k}: ${v}`,
	map: (lines, indent) => `[\n${lines.join(',\n')}\n${indent}]`,
};

export function swiftLiteral(value: Json): string {
	return literal(value, swift, INDENT);
}

function ifChain(branches: Array<[string, string]>): string {
	const lines = branches.map(
		([status, comment], i) => `${INDENT}${i === 0 ? 'if' : 'else if'} message["status"] as? String == "${status}" { } // ${comment}`,
	);
	return `{ (message) in\n${lines.join('\n')}\n}`;
}

/** The Swift form of a call, in the published pages' shape. */
export function swiftExample(call: CallShape): string {
	const params = call.params === undefined ? undefined : `parameters: ${swiftLiteral(call.params)}`;
	if (call.kind === 'lifecycle') {
		const open = params ? `pims.${call.name}(\n${INDENT}${params}\n)` : `pims.${call.name}`;
		return `${open} ${ifChain([
			[STATUS.succeeded, 'handle succeeded status'],
			[STATUS.failed, 'handle failed status'],
		])}`;
	}
	const paramsPart = params === undefined ? `\n${INDENT}/* no params */\n` : `,\n${INDENT}${params}\n`;
	const head = `pims.${call.kind}(api: ${swift.string(call.name)}${paramsPart})`;
	if (call.kind !== 'subscribe') {
		return `${head} ${ifChain([
			[STATUS.succeeded, 'handle succeeded status'],
			[STATUS.failed, 'handle failed status'],
		])}`;
	}
	return [
		`${head} ${ifChain([
			[STATUS.succeeded, 'subscription started'],
			[STATUS.failed, 'subscription refused: no event follows'],
			[STATUS.result, 'one event: message["result"] or message["error"]'],
		])}`,
		'',
		'// later, to stop the events',
		`pims.unsubscribe(api: ${swift.string(call.name)}) ${ifChain([
			[STATUS.succeeded, 'events stopped'],
			[STATUS.failed, 'handle failed status'],
		])}`,
	].join('\n');
}
