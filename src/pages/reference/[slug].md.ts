// The Markdown twin of each operation page, e.g. /reference/get-authentication-trustedphonenumber.md.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Operation } from '../../content-model/index.ts';
import { catalog } from '../../site/catalog.ts';
import { corrections } from '../../site/corrections.ts';
import { operationMarkdown } from '../../site/twins/operation.ts';
import { markdownResponse } from '../../site/twins/response.ts';

export const getStaticPaths = (() => catalog.operations.map((op) => ({ params: { slug: op.slug }, props: { op } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ op: Operation }> = ({ props }) => markdownResponse(operationMarkdown(catalog, corrections, props.op));
