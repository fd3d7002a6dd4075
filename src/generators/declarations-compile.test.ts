// The generated declarations, compiled with TypeScript against the real catalogue: they must be
// valid, accept documented calls and reject wrong ones before anything runs.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content-model/node.ts';
import { documentedCall } from './call-shape.ts';
import { pimsDeclarations } from './declarations.ts';

const catalog = loadCatalog();
const dts = pimsDeclarations(catalog);

function diagnostics(code: string): string[] {
	const files: Record<string, string> = { '/pims.d.ts': dts, '/user.ts': `export {};\n${code}` };
	const options: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, lib: ['lib.es2022.d.ts'], noEmit: true, types: [] };
	const host = ts.createCompilerHost(options);
	const original = host.getSourceFile.bind(host);
	host.getSourceFile = (name, lang) => (name in files ? ts.createSourceFile(name, files[name]!, lang) : original(name, lang));
	host.fileExists = (name) => name in files || ts.sys.fileExists(name);
	host.readFile = (name) => files[name] ?? ts.sys.readFile(name);
	const program = ts.createProgram(['/pims.d.ts', '/user.ts'], options, host);
	return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('generated pims declarations', () => {
	it('compile, and accept the documented call of every operation', () => {
		const calls = catalog.operations
			.filter((op) => op.method !== 'lifecycle')
			.map((op) => {
				const call = documentedCall(op);
				return `await pims.${op.method}(${JSON.stringify(op.api)}${call.params ? `, ${JSON.stringify(call.params)}` : ''});`;
			});
		expect(diagnostics(calls.join('\n'))).toEqual([]);
	}, 60_000);

	it('reject an unknown parameter, a value outside the allowed ones, and an unknown API', () => {
		expect(diagnostics(`pims.set('pims.authentication.smscode', { action: 'addPhoneNumber', smsCode: 1, phoneNumber: '1', bogus: 1 });`).join('\n')).toMatch(/bogus/);
		expect(diagnostics(`pims.get('pims.authentication.smscode', { type: 'nope', phoneNumber: '1' });`).join('\n')).toMatch(
			/'"nope"' is not assignable to type '"enrollment" \| "phoneNumberCertification" \| "resetPIN"'/,
		);
		expect(diagnostics(`pims.set('pims.authentication.smscode');`)).toEqual(['Expected 2-3 arguments, but got 1.']);
		// A callback where the parameters go: the operation takes none, so only an empty dictionary fits there.
		expect(diagnostics(`pims.get('pims.authentication.trustedphonenumber', (m) => { const s: string = m.status; });`).join('\n')).toMatch(
			/not assignable to parameter of type 'Record<string, never>'/,
		);
		expect(diagnostics(`pims.get('pims.authentication.trustedphonenumber', undefined, (m) => { const s: string = m.status; });`)).toEqual([]);
		expect(diagnostics(`pims.get('pims.not.an.api');`).join('\n')).toMatch(/'"pims.not.an.api"' is not assignable to parameter of type 'keyof PimsGetApis'/);
	}, 60_000);

	it('type results, so a typo in a result field is caught', () => {
		expect(diagnostics(`const m = await pims.get('pims.authentication.trustedphonenumber'); const n: string | undefined = m.result?.phoneNumber;`)).toEqual([]);
		expect(diagnostics(`const m = await pims.get('pims.authentication.trustedphonenumber'); m.result?.phoneNumbr;`).join('\n')).toMatch(/'phoneNumbr' does not exist .*Did you mean 'phoneNumber'\?/);
	}, 60_000);
});
