// The Markdown twin of /reference/errors/.
import type { APIRoute } from 'astro';
import { catalog } from '../../site/catalog.ts';
import { errorsMarkdown } from '../../site/twins/pages.ts';
import { markdownResponse } from '../../site/twins/response.ts';

export const GET: APIRoute = () => markdownResponse(errorsMarkdown(catalog));
