// The Markdown twin of /reference/corrections/.
import type { APIRoute } from 'astro';
import { catalog } from '../../site/catalog.ts';
import { corrections } from '../../site/corrections.ts';
import { correctionsMarkdown } from '../../site/twins/pages.ts';
import { markdownResponse } from '../../site/twins/response.ts';

export const GET: APIRoute = () => markdownResponse(correctionsMarkdown(catalog, corrections));
