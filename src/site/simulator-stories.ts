// Node only (so outside src/simulator): the stories of cases/*.yaml and the forced-only reasons, for the tests and the /simulator/ page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../content-model/node.ts';
import type { ForcedReasons } from '../simulator/coverage.ts';
import type { SimCase } from '../simulator/run-case.ts';

// From the project root: the build bundles this module elsewhere, so its own folder says nothing.
const here = join(process.cwd(), 'src', 'simulator');

function read(file: string): unknown {
	const { data, problems } = parseYaml(file, readFileSync(file, 'utf8'));
	if (problems.length) throw new Error(problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
	return data;
}

export function loadStories(): Array<SimCase & { file: string }> {
	const dir = join(here, 'cases');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.flatMap((f) => (read(join(dir, f)) as SimCase[]).map((c) => ({ ...c, file: f, name: `${f}: ${c.name}` })));
}

export function loadForcedReasons(): ForcedReasons {
	return read(join(here, 'forced-only.yaml')) as ForcedReasons;
}
