import { documentedExample, type Call, type Example, type Handler } from './call-model.ts';
import { paramsFor, type CallShape } from './call-shape.ts';
import { INDENT, literal, mapLiteral, type LiteralSyntax } from './literal.ts';
import { BRACES, printBody, printBranch, printSteps, type BodySyntax } from './print-body.ts';

const kotlin: LiteralSyntax = {
	// Kotlin strings are JSON strings except that `$` starts a template.
	string: (s) => JSON.stringify(s).replace(/\$/g, '\\$'),
	list: (items) => `listOf(${items.join(', ')})`,
	emptyMap: 'emptyMap<String, Any>()',
	entry: (k, v) => `${k} to ${v}`,
	map: (lines, indent) => `mapOf(\n${lines.join(',\n')}\n${indent})`,
};

const body: BodySyntax = {
	language: 'kotlin',
	switchCode: {
		before: ['val code = (message["error"] as? Map<*, *>)?.get("code") as? Int', 'when (code) {'],
		after: ['}'],
		caseHead: (code) => `${code} ->`,
		otherwiseHead: 'else ->',
		cases: BRACES,
		casesIndented: true,
	},
};

/** The params map, any Android context first, passed as the variable of the same name. */
function kotlinArgs(call: Call): string {
	const context = call.androidContext ?? [];
	const params = paramsFor(call, 'android');
	if (params === undefined && context.length === 0) return '';
	const entries: Array<[string, string]> = [
		...context.map((name): [string, string] => [kotlin.string(name), name]),
		...Object.entries(params ?? {}).map(([k, v]): [string, string] => [kotlin.string(k), literal(v, kotlin, INDENT + INDENT)]),
	];
	return `\n${INDENT}${mapLiteral(entries, kotlin, INDENT)}\n`;
}

function callback(handlers: Handler[]): string {
	const any = handlers.find((h) => h.status === 'any');
	if (any) return `{ message ->\n${printBody(any.body, INDENT, body).join('\n')}\n}`;
	const lines = handlers.flatMap((h) => printBranch(`"${h.status}" ->`, h.body, INDENT, BRACES, body));
	return `{ message -> when (message["status"] as? String) {\n${lines.join('\n')}\n} }`;
}

function head(call: Call): string {
	const args = kotlinArgs(call);
	if (call.kind === 'lifecycle') return args ? `pims.${call.name}(${args})` : `pims.${call.name}`;
	if (call.kind === 'unsubscribe') return `pims.unsubscribe(${kotlin.string(call.name)})`;
	return `pims.${call.kind}(${kotlin.string(call.name)}${args === '' ? `\n${INDENT}/* no params */\n` : `,${args}`})`;
}

/** An example in Kotlin, in the published pages' shape. */
export function printKotlin(example: Example): string {
	return printSteps(example, (call) => (call.handlers.length ? `${head(call)} ${callback(call.handlers)}` : head(call)));
}

/** The documented Kotlin form of a call. */
export function kotlinExample(call: CallShape): string {
	return printKotlin(documentedExample(call));
}
