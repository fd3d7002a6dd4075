// Synthetic content for the build benchmark: copies of the real operations under new API names, so that each
// synthetic page costs what a real one costs. Copies keep their components, errors and links to real operations,
// which is why the real catalogue stays in the folder beside them (the guides link to real operations too).
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { contentDir, readSources, type ContentSources, type SourceFile } from '../src/content-model/node.ts';
import { operationSlug } from '../src/content-model/slug.ts';

interface RawOperation {
	api: string;
	method: 'get' | 'set' | 'subscribe' | 'lifecycle';
	discriminator?: { value: string };
	summary: string;
}

function isRawOperation(data: unknown): data is RawOperation {
	if (typeof data !== 'object' || data === null) return false;
	const d: { api?: unknown; method?: unknown; summary?: unknown } = data;
	return typeof d.api === 'string' && typeof d.method === 'string' && typeof d.summary === 'string';
}

/**
 * `count` operations made from the real ones (lifecycle entries aside): copy k of `pims.a.b` is `pims.bk.a.b`,
 * so copy 3 of get-authentication-trustedphonenumber is get-b3-authentication-trustedphonenumber.
 */
export function syntheticOperations(sources: ContentSources, count: number): SourceFile[] {
	const originals = sources.operations
		.map((s) => s.data)
		.filter(isRawOperation)
		.filter((op) => op.method !== 'lifecycle');
	if (originals.length === 0) throw new Error('no operation to copy');
	const out: SourceFile[] = [];
	for (let i = 0; out.length < count; i++) {
		const original = originals[i % originals.length];
		if (!original) break;
		const copy = Math.floor(i / originals.length) + 1;
		const data: RawOperation = { ...structuredClone(original), api: original.api.replace(/^pims\./, `pims.b${copy}.`) };
		data.summary = `Benchmark copy ${copy}: ${original.summary}`;
		out.push({ file: `apis/${operationSlug(data)}.yaml`, data });
	}
	return out;
}

/** Writes the real apis/, errors.yaml and components.yaml plus `count` synthetic operations into `dir`. */
export function writeSyntheticContent(root: string, dir: string, count: number): number {
	const { sources, problems } = readSources(root);
	if (problems.length) throw new Error(`the real content does not read cleanly: ${problems.length} problems`);
	const real = contentDir(root);
	mkdirSync(join(dir, 'apis'), { recursive: true });
	for (const part of ['apis', 'errors.yaml', 'components.yaml']) cpSync(join(real, part), join(dir, part), { recursive: true });
	const ops = syntheticOperations(sources, count);
	for (const op of ops) writeFileSync(join(dir, op.file), stringify(op.data));
	return sources.operations.length + ops.length;
}
