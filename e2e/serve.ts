// Serves a built site on 127.0.0.1 under a base path, as a static host would. Used by the e2e tests.
// `astro preview` serves a base path too, but not as a host does: with trailingSlash 'always' it answers an address
// typed without its slash with Astro's own 404 text, where hosts redirect to the page or serve the site's 404.html
// (site.spec's trailing-slash test fails under it). Hence this small server.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' }, port: { type: 'string', default: '4321' } },
});
const root = resolve(values.dir ?? 'dist');
const base = (values.base ?? '/').replace(/\/?$/, '/');
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.xml': 'application/xml',
};

function fileFor(urlPath: string): string | undefined {
	if (!urlPath.startsWith(base)) return undefined;
	const rel = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, rel);
	if (!file.startsWith(root)) return undefined;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

createServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://localhost').pathname;
	// A directory without its trailing slash redirects, as most static hosts do.
	if (!path.endsWith('/') && !extname(path) && fileFor(`${path}/`)) {
		res.writeHead(301, { location: `${path}/` }).end();
		return;
	}
	const file = fileFor(path) ?? fileFor(`${base}404.html`);
	if (!file) {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	res.writeHead(file.endsWith(`${normalize('/404.html')}`) && !fileFor(path) ? 404 : 200, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		// Files under _astro/ are named by their content hash, so a browser may keep them, as hosts let it: a second page
		// of a test then reuses the site's scripts, styles and Monaco instead of fetching and compiling them again.
		// Anything else is asked for again each time. No compression: over the loopback it would only cost CPU.
		'cache-control': path.startsWith(`${base}_astro/`) ? 'public, max-age=31536000, immutable' : 'no-cache',
	});
	createReadStream(file).pipe(res);
}).listen(Number(values.port), '127.0.0.1', () => {
	console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
