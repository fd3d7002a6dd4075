import { loadCorrections } from '../content-model/load-corrections.ts';
import { catalog } from './catalog.ts';

/** The corrections to the published reference, checked against the catalogue once per build. */
export const corrections = loadCorrections(process.cwd(), catalog);
