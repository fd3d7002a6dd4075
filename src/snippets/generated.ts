// Every Kotlin and Swift snippet the generators produce for the catalogue, named by the page that shows it.
import type { Catalog } from '../content-model/index.ts';
import { documentedCall, hasCallOn, kotlinExample, swiftExample } from '../generators/index.ts';
import type { Snippet } from './parse.ts';

export function generatedSnippets(catalog: Catalog): Snippet[] {
	return catalog.operations.flatMap((op) => {
		const where = `/reference/${op.slug}/`;
		const call = documentedCall(op);
		return [
			...(hasCallOn(call, 'android') ? [{ where, lang: 'kotlin' as const, code: kotlinExample(call) }] : []),
			...(hasCallOn(call, 'ios') ? [{ where, lang: 'swift' as const, code: swiftExample(call) }] : []),
		];
	});
}
