import type { Operation } from '../content-model/catalog.ts';
import { CODE, type Json } from '../sdk/index.ts';
import { comment, type Call, type Example, type Handler } from './call-model.ts';
import { documentedCall } from './call-shape.ts';
import { INDENT, literal, type LiteralSyntax } from './literal.ts';
import { BRACES, printBody, printBranch, printSteps, type BodySyntax } from './print-body.ts';

const js: LiteralSyntax = {
	string: (s) => JSON.stringify(s),
	list: (items) => `[${items.join(', ')}]`,
	emptyMap: '{}',
	entry: (k, v) => `${/^"[A-Za-z_$][A-Za-z0-9_$]*"$/.test(k) ? k.slice(1, -1) : k}: ${v}`,
	map: (lines, indent) => `{\n${lines.join(',\n')}\n${indent}}`,
};

const body: BodySyntax = {
	language: 'javascript',
	switchCode: {
		before: ['switch (message.error?.code) {'],
		after: ['}'],
		caseHead: (code) => `case ${code}:`,
		otherwiseHead: 'default:',
		cases: { empty: (h) => `${h} break;`, open: (h) => h, close: { line: 'break;', inBody: true } },
		casesIndented: true,
	},
};

export function jsLiteral(value: Json): string {
	return literal(value, js, '');
}

function callback(handlers: Handler[]): string {
	const any = handlers.find((h) => h.status === 'any');
	const lines = any ? printBody(any.body, INDENT, body) : handlers.flatMap((h, i) => printBranch(`${i === 0 ? 'if' : 'else if'} (message.status === "${h.status}")`, h.body, INDENT, BRACES, body));
	return `(message) => {\n${lines.join('\n')}\n}`;
}

/** A call as a statement: awaited; with handlers, through a callback; with a delay, from a timer. */
function statement(call: Call): string {
	const params = call.params ? jsLiteral(call.params) : undefined;
	const args = call.kind === 'lifecycle' ? [params ?? ''] : [js.string(call.name), ...(call.kind === 'unsubscribe' ? [] : params || call.handlers.length ? [params ?? 'undefined'] : [])];
	if (call.handlers.length) args.push(callback(call.handlers));
	const name = call.kind === 'lifecycle' ? call.name : call.kind;
	const invocation = `pims.${name}(${args.join(', ')})`;
	if (call.delayMs !== undefined) return `setTimeout(() => ${invocation}, ${call.delayMs});`;
	return call.kind === 'get' || call.kind === 'set' ? `const message = await ${invocation};` : `await ${invocation};`;
}

/** An example as JavaScript for the console. */
export function printJavaScript(example: Example): string {
	return `${printSteps(example, statement)}\n`;
}

/** The console's starting code for an operation: its documented call, as JavaScript. */
export function consoleExample(op: Operation): string {
	const call = documentedCall(op);
	const comments = [`${op.title}: ${op.summary}`, 'Every message the SDK sends appears below. Press Run or Ctrl+Enter.'];
	if (call.kind === 'lifecycle' && call.name === 'initialize')
		comments.push(`The console starts with the facade already initialized, so this fails with ${CODE.facadeAlreadyInitialized} until you release it.`);
	if (call.kind !== 'subscribe') return printJavaScript({ steps: [{ comments, call: { ...call, handlers: [] } }] });
	const events: Call = { ...call, handlers: [{ status: 'any', body: [comment('Called for the acknowledgement and for every RESULT event.')] }] };
	const stop: Call = { kind: 'unsubscribe', name: call.name, handlers: [], delayMs: 5000 };
	return printJavaScript({
		steps: [
			{ comments, call: events },
			{ comments: ['Stop the events after five seconds.'], call: stop },
		],
	});
}
