import { loadCatalog } from '../content-model/index.ts';

/** The catalogue for pages and components; read and validated once per build. */
export const catalog = loadCatalog();
