import type { Operation } from '../content-model/catalog.ts';
import { documentedCall } from './call-shape.ts';
import { CODE, type Json } from '../sdk/index.ts';
import { INDENT, literal, type LiteralSyntax } from './literal.ts';

const js: LiteralSyntax = {
	string: (s) => JSON.stringify(s),
	list: (items) => `[${items.join(', ')}]`,
	emptyMap: '{}',
	entry: (k, v) => `${/^"[A-Za-z_$][A-Za-z0-9_$]*"$/.test(k) ? k.slice(1, -1) : k}: ${v}`,
	map: (lines, indent) => `{\n${lines.join(',\n')}\n${indent}}`,
};

export function jsLiteral(value: Json): string {
	return literal(value, js, '');
}

/** The console's starting code for an operation: its documented call, as JavaScript. */
export function consoleExample(op: Operation): string {
	const call = documentedCall(op);
	const params = call.params ? jsLiteral(call.params).replace(/\n/g, `\n`) : undefined;
	const head = `// ${op.title}: ${op.summary}\n// Every message the SDK sends appears below. Press Run or Ctrl+Enter.\n`;
	if (op.method === 'lifecycle') {
		const name = op.api.replace(/^pims\./, '');
		const note = name === 'initialize' ? `// The console starts with the facade already initialized, so this fails with ${CODE.facadeAlreadyInitialized} until you release it.\n` : '';
		return `${head}${note}await pims.${name}(${params ?? ''});\n`;
	}
	if (op.method === 'subscribe') {
		return `${head}await pims.subscribe(${JSON.stringify(op.api)}, ${params ?? 'undefined'}, (message) => {
${INDENT}// Called for the acknowledgement and for every RESULT event.
});

// Stop the events after five seconds.
setTimeout(() => pims.unsubscribe(${JSON.stringify(op.api)}), 5000);
`;
	}
	return `${head}const message = await pims.${op.method}(${JSON.stringify(op.api)}${params ? `, ${params}` : ''});\n`;
}
