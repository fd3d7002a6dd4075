// The sandboxed frame's whole document. It only hosts the worker: it creates it from the source the
// page sends, forwards messages both ways, and terminates a worker that stops answering pings.

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

/** Milliseconds the worker may stay busy without answering before it is stopped. */
export const WATCHDOG_MS = 5000;

// A spare worker, already parsed and holding the catalogue, waits for the next Run.
const boot = `
let workerUrl = null, prepare = null, spare = null, worker = null, timer = null, lastPong = 0, runId = 0;
const send = (m) => parent.postMessage(m, '*');
function spawn() {
	const w = new Worker(workerUrl);
	w.postMessage(prepare);
	return w;
}
function stop() {
	if (worker) worker.terminate();
	worker = null;
	clearInterval(timer);
}
function start(id, job) {
	stop();
	runId = id;
	worker = spare || spawn();
	spare = null;
	setTimeout(() => { if (!spare) spare = spawn(); }, 500);
	lastPong = performance.now();
	const current = worker;
	worker.onmessage = (e) => {
		if (current !== worker) return;
		if (e.data && e.data.type === 'pong') { lastPong = performance.now(); return; }
		send({ type: 'event', runId: id, event: e.data });
	};
	worker.onerror = (e) => {
		e.preventDefault();
		send({ type: 'event', runId: id, event: { kind: 'error', name: 'Error', message: String(e.message), at: 0 } });
	};
	worker.postMessage(job);
	timer = setInterval(() => {
		if (!worker) return;
		if (performance.now() - lastPong > ${WATCHDOG_MS}) {
			stop();
			send({ type: 'watchdog', runId: id });
			return;
		}
		worker.postMessage({ type: 'ping' });
	}, 200);
}
addEventListener('message', (e) => {
	if (e.source !== parent || !e.data) return;
	const m = e.data;
	if (m.type === 'init') {
		workerUrl = URL.createObjectURL(new Blob([m.source], { type: 'text/javascript' }));
		prepare = m.prepare;
		spare = spawn();
		send({ type: 'ready' });
	} else if (m.type === 'run') start(m.runId, m.job);
	else if (m.type === 'stop') { stop(); send({ type: 'stopped', runId: m.runId }); }
});
send({ type: 'loaded' });
`;

export function frameDocument(): string {
	return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SANDBOX_CSP}"><script>${boot}</script></head><body></body></html>`;
}
