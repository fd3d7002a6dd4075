// /llms.txt: every page with its one-line summary, linking to the pages' Markdown twins.
import type { APIRoute } from 'astro';
import { catalog } from '../site/catalog.ts';
import { docPages } from '../site/twins/all-pages.ts';
import { llmsIndex, SITE_DESCRIPTION } from '../site/twins/llms.ts';
import { textResponse } from '../site/twins/response.ts';

export const GET: APIRoute = async () => textResponse(llmsIndex(catalog, await docPages(), SITE_DESCRIPTION));
