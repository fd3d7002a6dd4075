import type { Json } from '../sdk/index.ts';
import { INDENT, literal, type LiteralSyntax } from './literal.ts';
import { STATUS } from '../sdk/index.ts';
import type { CallShape } from './call-shape.ts';

const kotlin: LiteralSyntax = {
	// Kotlin strings are JSON strings except that `$` starts a template.
	string: (s) => JSON.stringify(s).replace(/\$/g, '\\$'),
	list: (items) => `listOf(${items.join(', ')})`,
	emptyMap: 'emptyMap<String, Any>()',
	entry: (k, v) => `${k} to ${v}`,
	map: (lines, indent) => `mapOf(\n${lines.join(',\n')}\n${indent})`,
};

export function kotlinLiteral(value: Json): string {
	return literal(value, kotlin, INDENT);
}

/** The params map, with any Android context passed as the variable of the same name. */
function kotlinArgs(call: CallShape): string {
	const context = call.androidContext ?? [];
	if (call.params === undefined && context.length === 0) return '';
	const map = kotlinLiteral(call.params ?? {});
	if (context.length === 0) return `\n${INDENT}${map}\n`;
	const entries = context.map((name) => `${INDENT}${INDENT}${kotlin.string(name)} to ${name}`);
	const rest = map.startsWith('mapOf(\n') ? map.slice('mapOf(\n'.length, -`\n${INDENT})`.length).split('\n') : [];
	const lines = [...entries.map((l, i) => (i < entries.length - 1 || rest.length ? `${l},` : l)), ...rest];
	return `\n${INDENT}mapOf(\n${lines.join('\n')}\n${INDENT})\n`;
}

function whenBlock(branches: Array<[string, string]>): string {
	const lines = branches.map(([status, comment]) => `${INDENT}"${status}" -> { } // ${comment}`);
	return `{ message -> when (message["status"] as? String) {\n${lines.join('\n')}\n} }`;
}

/** The Kotlin form of a call, in the published pages' shape. */
export function kotlinExample(call: CallShape): string {
	const args = kotlinArgs(call);
	if (call.kind === 'lifecycle') {
		const open = args ? `pims.${call.name}(${args})` : `pims.${call.name}`;
		return `${open} ${whenBlock([
			[STATUS.succeeded, 'handle succeeded status'],
			[STATUS.failed, 'handle failed status'],
		])}`;
	}
	const paramsPart = args === '' ? `\n${INDENT}/* no params */\n` : `,${args}`;
	const head = `pims.${call.kind}(${kotlin.string(call.name)}${paramsPart})`;
	if (call.kind !== 'subscribe') {
		return `${head} ${whenBlock([
			[STATUS.succeeded, 'handle succeeded status'],
			[STATUS.failed, 'handle failed status'],
		])}`;
	}
	return [
		`${head} ${whenBlock([
			[STATUS.succeeded, 'subscription started'],
			[STATUS.failed, 'subscription refused: no event follows'],
			[STATUS.result, 'one event: message["result"] or message["error"]'],
		])}`,
		'',
		'// later, to stop the events',
		`pims.unsubscribe(${kotlin.string(call.name)}) ${whenBlock([
			[STATUS.succeeded, 'events stopped'],
			[STATUS.failed, 'handle failed status'],
		])}`,
	].join('\n');
}
