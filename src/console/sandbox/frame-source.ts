// The sandboxed frame's whole document. It only hosts the worker: it creates it from the source the
// page sends, forwards messages both ways, and terminates a worker that stops answering pings or
// that the runner reports over its activity budget.
import { WATCHDOG_MS } from './limits.ts';

/** Nothing may load or connect; only inline script (this one) and blob: workers and modules run. */
export const SANDBOX_CSP = [
	"default-src 'none'",
	"script-src 'unsafe-inline' blob:",
	'worker-src blob:',
	"connect-src 'none'",
	"img-src 'none'",
	"style-src 'none'",
	"font-src 'none'",
	"media-src 'none'",
	"object-src 'none'",
	"frame-src 'none'",
	"base-uri 'none'",
	"form-action 'none'",
].join('; ');

// A spare worker, already parsed and holding the catalogue, waits for the next Run. Each worker gets
// its own MessageChannel in its first message, before user code exists: the frame listens on that
// port only, so whatever user code posts with self.postMessage is dropped. A ping carries a random
// nonce, and only a pong with a recent nonce counts: it proves the worker's event loop turned.
// The page, likewise, speaks over the port it hands over with init; the window hears nothing else.
const boot = `
let workerUrl = null, prepare = null, spare = null, current = null, timer = null, page = null;
const send = (m) => page && page.postMessage(m);
function spawn() {
	const worker = new Worker(workerUrl);
	const channel = new MessageChannel();
	worker.postMessage(prepare, [channel.port2]);
	return { worker, port: channel.port1 };
}
function stop() {
	if (current) { current.worker.terminate(); current.port.close(); }
	current = null;
	clearInterval(timer);
}
function halt(id, reason) {
	stop();
	send({ type: 'halted', runId: id, reason });
}
function start(id, job) {
	stop();
	const run = spare || spawn();
	spare = null;
	current = run;
	setTimeout(() => { if (!spare) spare = spawn(); }, 500);
	const nonces = new Map();
	let lastPong = performance.now();
	run.port.onmessage = (e) => {
		const m = e.data;
		if (current !== run || !m) return;
		if (m.type === 'batch') send({ type: 'batch', runId: id, batch: m });
		else if (m.type === 'pong' && nonces.has(m.nonce)) {
			nonces.delete(m.nonce);
			lastPong = performance.now();
			if (m.halt === 'quiet' || m.halt === 'cpu') halt(id, m.halt);
		}
	};
	run.worker.onerror = (e) => {
		e.preventDefault();
		send({ type: 'batch', runId: id, batch: { type: 'batch', hidden: 0, events: [{ kind: 'error', name: 'Error', message: String(e.message), at: 0 }] } });
	};
	run.port.postMessage(job);
	timer = setInterval(() => {
		if (current !== run) return;
		const t = performance.now();
		if (t - lastPong > ${WATCHDOG_MS}) return halt(id, 'busy');
		for (const [n, sent] of nonces) if (t - sent > ${WATCHDOG_MS}) nonces.delete(n);
		const nonce = crypto.getRandomValues(new Uint32Array(1))[0];
		nonces.set(nonce, t);
		run.port.postMessage({ type: 'ping', nonce });
	}, 200);
}
function onPage(e) {
	const m = e.data;
	if (!m) return;
	if (m.type === 'ping') send({ type: 'pong', nonce: m.nonce });
	else if (m.type === 'run') start(m.runId, m.job);
	else if (m.type === 'stop') { stop(); send({ type: 'stopped', runId: m.runId }); }
}
addEventListener('message', (e) => {
	if (e.source !== parent || !e.data || e.data.type !== 'init' || page || !e.ports[0]) return;
	page = e.ports[0];
	page.onmessage = onPage;
	workerUrl = URL.createObjectURL(new Blob([e.data.source], { type: 'text/javascript' }));
	prepare = e.data.prepare;
	spare = spawn();
	send({ type: 'ready' });
});
parent.postMessage({ type: 'loaded' }, '*');
`;

export function frameDocument(): string {
	return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SANDBOX_CSP}"><script>${boot}</script></head><body></body></html>`;
}
