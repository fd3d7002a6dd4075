// The console's data, fetched when a console opens: the validated catalogue, without its prose. The
// full editor's own data is console-editor.json.
import type { APIRoute } from 'astro';
import { consoleCatalog } from '../console/data.ts';
import { catalog } from '../site/catalog.ts';

export const GET: APIRoute = () => new Response(JSON.stringify({ catalog: consoleCatalog(catalog) }), { headers: { 'content-type': 'application/json' } });
