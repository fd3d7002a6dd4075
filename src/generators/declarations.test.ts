import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../content-model/test-fixtures.ts';
import { pimsDeclarations } from './declarations.ts';

describe('pims declarations', () => {
	const dts = pimsDeclarations(fixtureCatalog());

	it('gives each operation an overload with its API name, parameters and allowed values', () => {
		expect(dts).toContain('"pims.demo.code": {\n\t\tparams: {');
		expect(dts).toMatch(/action: "add";/);
		expect(dts).toMatch(/smsCode: number;/);
		expect(dts).toMatch(/level\?: never|options\?: \{/);
		expect(dts).toMatch(/tags\?: Array<string>;/);
	});

	it('makes params optional when nothing is required, and types results', () => {
		expect(dts).toMatch(/"pims\.demo\.phone": \{\n\t\tparams: Record<string, never>;\n\t\tresult: \{[^}]*phoneNumber: string;[^}]*\};\n\t\trequired: false;/);
		expect(dts).toMatch(/"pims\.demo\.code": \{[\s\S]*?required: true;/);
	});

	it('carries descriptions and examples as doc comments for hovers', () => {
		expect(dts).toContain('* The code.');
		expect(dts).toContain('* @example 123456');
	});

	it('lists subscribable APIs for unsubscribe', () => {
		expect(dts).toContain('unsubscribe(api: "pims.demo.signal", callback?');
	});
});
