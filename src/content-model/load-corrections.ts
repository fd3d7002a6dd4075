import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from './catalog.ts';
import { CORRECTIONS_FILE, checkCorrections } from './correction-rules.ts';
import { contentDir, parseYaml, WITH_INPUT } from './load.ts';
import { ContentError, problemsFromZod, type Problem } from './problems.ts';
import { correctionListSchema, type Correction } from './schemas/correction.ts';

export type CorrectionsResult = { ok: true; corrections: Correction[] } | { ok: false; problems: Problem[] };

/** Validates parsed `corrections.yaml` against its schema and the catalogue. Never throws. */
export function validateCorrections(catalog: Catalog, data: unknown): CorrectionsResult {
	const parsed = correctionListSchema.safeParse(data ?? [], WITH_INPUT);
	if (!parsed.success) return { ok: false, problems: problemsFromZod(CORRECTIONS_FILE, parsed.error) };
	const problems = checkCorrections(catalog, parsed.data);
	return problems.length ? { ok: false, problems } : { ok: true, corrections: parsed.data };
}

/** Reads and checks the corrections of a project root; a content folder without the file has none. Throws ContentError. */
export function loadCorrections(root: string, catalog: Catalog): Correction[] {
	const abs = join(contentDir(root), 'corrections.yaml');
	if (!existsSync(abs)) return [];
	const { data, problems } = parseYaml(CORRECTIONS_FILE, readFileSync(abs, 'utf8'));
	if (problems.length) throw new ContentError(problems);
	const result = validateCorrections(catalog, data);
	if (!result.ok) throw new ContentError(result.problems);
	return result.corrections;
}
