// Content model, Node-only part: reads content/ (node:fs, YAML), validates it and caches the catalogue. Never imported by browser code.
export { loadCatalog, validateCatalog, readSources, parseYaml, contentDir, type ContentSources, type SourceFile } from './load.ts';
