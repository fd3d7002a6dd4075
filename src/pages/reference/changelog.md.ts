// The Markdown twin of /reference/changelog/.
import type { APIRoute } from 'astro';
import { catalog } from '../../site/catalog.ts';
import { changelogMarkdown } from '../../site/twins/pages.ts';
import { markdownResponse } from '../../site/twins/response.ts';

export const GET: APIRoute = () => markdownResponse(changelogMarkdown(catalog));
