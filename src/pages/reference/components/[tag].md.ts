// The Markdown twin of each component page, e.g. /reference/components/strongauthentication.md.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Component } from '../../../content-model/index.ts';
import { catalog } from '../../../site/catalog.ts';
import { componentMarkdown } from '../../../site/twins/pages.ts';
import { markdownResponse } from '../../../site/twins/response.ts';

export const getStaticPaths = (() => catalog.components.map((c) => ({ params: { tag: c.tag.toLowerCase() }, props: { c } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ c: Component }> = ({ props }) => markdownResponse(componentMarkdown(catalog, props.c));
