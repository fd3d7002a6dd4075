import { loadCatalog } from '../content-model/node.ts';

/** The catalogue for pages and components; read and validated once per build. */
export const catalog = loadCatalog();
