// Content model: zod schemas for content/, the loader that validates it, and catalogue lookups.
export * from './catalog.ts';
export { loadCatalog, validateCatalog, readSources, parseYaml, type ContentSources, type SourceFile } from './load.ts';
export { ContentError, formatProblem, type Problem } from './problems.ts';
export { operationSlug, operationTitle, kebab } from './slug.ts';
export type { Field, AllowedValue } from './schemas/field.ts';
export type { Method } from './schemas/operation.ts';
export type { ErrorEntry, ErrorFamily } from './schemas/error.ts';
export type { Component } from './schemas/component.ts';
export { compareVersions } from './schemas/version.ts';
