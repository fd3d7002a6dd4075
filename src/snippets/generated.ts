// Every Kotlin and Swift snippet the generators produce for an operation page (documented and complete), named by the page.
import type { Catalog } from '../content-model/index.ts';
import { errorByCode } from '../content-model/index.ts';
import { completeExample } from '../generators/complete-example.ts';
import { documentedCall, hasCallOn, kotlinExample, printKotlin, printSwift, swiftExample } from '../generators/index.ts';
import type { Snippet } from './parse.ts';

export function generatedSnippets(catalog: Catalog): Snippet[] {
	const labelOf = (code: number) => errorByCode(catalog, code).label;
	return catalog.operations.flatMap((op) => {
		const where = `/reference/${op.slug}/`;
		const call = documentedCall(op);
		return [
			...(hasCallOn(call, 'android') ? [{ where, lang: 'kotlin' as const, code: kotlinExample(call) }] : []),
			...(hasCallOn(call, 'ios') ? [{ where, lang: 'swift' as const, code: swiftExample(call) }] : []),
			...(hasCallOn(call, 'android') ? [{ where, lang: 'kotlin' as const, code: printKotlin(completeExample(op, 'android', labelOf)) }] : []),
			...(hasCallOn(call, 'ios') ? [{ where, lang: 'swift' as const, code: printSwift(completeExample(op, 'ios', labelOf)) }] : []),
		];
	});
}
