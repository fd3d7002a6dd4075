// A static server for the benchmarks that compresses as a real host does (gzip, once per file), so
// byte counts and throttled timings reflect what a reader downloads. Serves several folders by prefix.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.ttf': 'font/ttf',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.ttf']);

/** Told of every response: its URL path and the bytes it put on the wire (status line, headers and body). */
export type SentListener = (path: string, bytes: number) => void;

/**
 * Serves `roots` (URL prefix → folder) on 127.0.0.1:port. `onSent` counts on the server's side what the browser
 * downloads, workers' scripts included, which a page's DevTools session does not see finish.
 */
export function serveGzip(roots: Record<string, string>, port: number, onSent?: SentListener): Promise<Server> {
	const cache = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		// One response at a time per connection (HTTP/1.1, no pipelining): the socket's count of bytes written,
		// before and after, is this response's size.
		const socket = req.socket;
		const before = socket.bytesWritten;
		res.on('finish', () => onSent?.(req.url ?? '/', socket.bytesWritten - before));
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const prefix = Object.keys(roots)
			.sort((a, b) => b.length - a.length)
			.find((p) => path.startsWith(p));
		if (!prefix) return void res.writeHead(404).end();
		let file = join(roots[prefix]!, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void res.writeHead(404).end();
		const ext = extname(file);
		const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' };
		let body: Buffer = readFileSync(file);
		if (COMPRESSIBLE.has(ext) && /gzip/.test(String(req.headers['accept-encoding']))) {
			body = cache.get(file) ?? Buffer.from(gzipSync(body, { level: 6 }));
			cache.set(file, body);
			headers['content-encoding'] = 'gzip';
		}
		res.writeHead(200, headers).end(body);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
