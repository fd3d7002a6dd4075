// The console's data, fetched when a console opens: the validated catalogue and the generated declarations.
import type { APIRoute } from 'astro';
import { consoleCatalog } from '../console/data.ts';
import { pimsDeclarations } from '../generators/declarations.ts';
import { catalog } from '../site/catalog.ts';

export const GET: APIRoute = () => new Response(JSON.stringify({ catalog: consoleCatalog(catalog), declarations: pimsDeclarations(catalog) }), { headers: { 'content-type': 'application/json' } });
