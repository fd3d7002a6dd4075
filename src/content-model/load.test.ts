import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorByCode, operationBySlug } from './catalog.ts';
// The Node entry, which `npm run test:mutation` serves from a snapshot unless a root is given.
import { loadCatalog } from './node.ts';
import { ContentError } from './problems.ts';

function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'pims-content-'));
	mkdirSync(join(root, 'content', 'apis'), { recursive: true });
	for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
	return root;
}

describe('loadCatalog on disk', () => {
	it('names the file, line and column of a YAML syntax error', () => {
		const root = project({
			'content/errors.yaml': '- code: 2001\n',
			'content/components.yaml': '[]\n',
			'content/apis/get-x.yaml': 'api: pims.x\nmethod: [get\n',
		});
		const error = (() => {
			try {
				loadCatalog(root);
			} catch (e) {
				return e;
			}
		})();
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toMatch(/content\/apis\/get-x\.yaml: line \d+:\d+: /);
	});

	it('fails on a duplicate key inside a file', () => {
		const root = project({
			'content/errors.yaml': '[]\n',
			'content/components.yaml': '[]\n',
			'content/apis/get-x.yaml': 'api: pims.x\napi: pims.y\n',
		});
		expect(() => loadCatalog(root)).toThrow(/content\/apis\/get-x\.yaml: line 2:1: Map keys must be unique/);
	});
});

describe('the project content', () => {
	const catalog = loadCatalog();

	it('holds the four operations of the published trusted-phone-number page, valid', () => {
		for (const slug of [
			'get-authentication-trustedphonenumber',
			'get-authentication-smscode-phone-number-certification',
			'set-authentication-smscode-add-phone-number',
			'set-authentication-smscode-modify-phone-number',
		])
			expect(operationBySlug(catalog, slug).components).toContain('StrongAuthentication');
	});

	it('keeps the published page facts for trustedphonenumber', () => {
		const op = operationBySlug(catalog, 'get-authentication-trustedphonenumber');
		expect(op.since).toBe('2.0');
		expect(op.errors).toEqual([2001, 2006, 2201, 2202, 2204, 2307]);
		expect(op.output.map((f) => [f.name, f.example])).toEqual([['phoneNumber', '0612345678']]);
		expect(op.errors.map((c) => errorByCode(catalog, c).label)).toEqual([
			'Facade not initialized',
			'Core not well configured',
			'Timeout/Polling Timeout/Command Timeout',
			'Network problem : No internet',
			'Server Error',
			'User dont have a phone number',
		]);
	});
});
