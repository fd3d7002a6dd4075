// The Markdown twin of the API index, /reference.md.
import type { APIRoute } from 'astro';
import { catalog } from '../site/catalog.ts';
import { apiIndexMarkdown } from '../site/twins/pages.ts';
import { markdownResponse } from '../site/twins/response.ts';

export const GET: APIRoute = () => markdownResponse(apiIndexMarkdown(catalog));
