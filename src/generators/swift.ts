import type { Json } from '../sdk/index.ts';
import { documentedExample, type Call, type Example, type Handler } from './call-model.ts';
import { paramsFor, type CallShape } from './call-shape.ts';
import { INDENT, literal, type LiteralSyntax } from './literal.ts';
import { BRACES, printBody, printBranch, printSteps, type BodySyntax } from './print-body.ts';

const swift: LiteralSyntax = {
	// JSON escapes are valid Swift escapes; `\(` cannot occur because JSON doubles every backslash.
	string: (s) => JSON.stringify(s),
	list: (items) => `[${items.join(', ')}]`,
	emptyMap: '[:]',
	entry: (k, v) => `${k}: ${v}`,
	map: (lines, indent) => `[\n${lines.join(',\n')}\n${indent}]`,
};

const body: BodySyntax = {
	language: 'swift',
	switchCode: {
		before: ['let code = (message["error"] as? [String: Any])?["code"] as? Int ?? 0', 'switch code {'],
		after: ['}'],
		caseHead: (code) => `case ${code}:`,
		otherwiseHead: 'default:',
		// Swift cases sit at the switch's indent and need a statement: `break` when there is nothing to do.
		cases: { empty: (h) => `${h} break`, open: (h) => h },
		casesIndented: false,
	},
};

export function swiftLiteral(value: Json): string {
	return literal(value, swift, INDENT);
}

function callback(handlers: Handler[]): string {
	const any = handlers.find((h) => h.status === 'any');
	const lines = any
		? printBody(any.body, INDENT, body)
		: handlers.flatMap((h, i) => printBranch(`${i === 0 ? 'if' : 'else if'} message["status"] as? String == "${h.status}"`, h.body, INDENT, BRACES, body));
	return `{ (message) in\n${lines.join('\n')}\n}`;
}

function head(call: Call): string {
	const data = paramsFor(call, 'ios');
	const params = data === undefined ? undefined : `parameters: ${swiftLiteral(data)}`;
	if (call.kind === 'lifecycle') return params ? `pims.${call.name}(\n${INDENT}${params}\n)` : `pims.${call.name}`;
	if (call.kind === 'unsubscribe') return `pims.unsubscribe(api: ${swift.string(call.name)})`;
	return `pims.${call.kind}(api: ${swift.string(call.name)}${params === undefined ? `\n${INDENT}/* no params */\n` : `,\n${INDENT}${params}\n`})`;
}

/** An example in Swift, in the published pages' shape. */
export function printSwift(example: Example): string {
	return printSteps(example, (call) => (call.handlers.length ? `${head(call)} ${callback(call.handlers)}` : head(call)));
}

/** The documented Swift form of a call. */
export function swiftExample(call: CallShape): string {
	return printSwift(documentedExample(call));
}
