// Content model, browser-safe part: catalogue types and lookups, slugs, versions. The Node-only loader is in node.ts.
export * from './catalog.ts';
export { ContentError, formatProblem, type Problem } from './problems.ts';
export { operationSlug, operationTitle, kebab } from './slug.ts';
export { compareVersions } from './compare-versions.ts';
export { commonErrors, allErrors } from './common-errors.ts';
export type { Field, AllowedValue } from './schemas/field.ts';
export type { Method } from './schemas/operation.ts';
export type { Platform, PlatformOnly } from './schemas/platform.ts';
export type { ErrorEntry, ErrorFamily } from './schemas/error.ts';
export type { Component } from './schemas/component.ts';
