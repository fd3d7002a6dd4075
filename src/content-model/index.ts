// Content model, browser-safe part: catalogue types and lookups, versions, common errors. The Node-only loader is in node.ts.
export * from './catalog.ts';
export { ContentError } from './problems.ts';
export { compareVersions } from './compare-versions.ts';
export { commonErrors, allErrors } from './common-errors.ts';
