// The full editor's data, fetched with Monaco (after the console already runs): the generated `pims`
// declarations and the catalogue facts its completion and hover show.
import type { APIRoute } from 'astro';
import { editorHelp } from '../console/editor/editor-help.ts';
import { pimsDeclarations } from '../generators/declarations.ts';
import { catalog } from '../site/catalog.ts';

export const GET: APIRoute = () => new Response(JSON.stringify({ declarations: pimsDeclarations(catalog), help: editorHelp(catalog) }), { headers: { 'content-type': 'application/json' } });
