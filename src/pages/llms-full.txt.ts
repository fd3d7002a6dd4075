// /llms-full.txt: the guides and the whole reference in one Markdown file.
import type { APIRoute } from 'astro';
import { catalog } from '../site/catalog.ts';
import { corrections } from '../site/corrections.ts';
import { allTwins } from '../site/twins/all-pages.ts';
import { llmsFull, SITE_DESCRIPTION } from '../site/twins/llms.ts';
import { textResponse } from '../site/twins/response.ts';

export const GET: APIRoute = async () => textResponse(llmsFull(SITE_DESCRIPTION, await allTwins(catalog, corrections)));
