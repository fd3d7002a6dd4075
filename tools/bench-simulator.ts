// `npm run bench:simulator`: calls per second for get/set and events per second for subscriptions, in Node.
// Not a test: it prints figures. Timers run from a plain queue so only the simulator's own work is timed.
import { loadCatalog } from '../src/content-model/node.ts';
import { documentedCall } from '../src/generators/call-shape.ts';
import { createFakeClock, createPims, createState, type Clock } from '../src/simulator/index.ts';

const catalog = loadCatalog();
const queue: Array<() => void> = [];
const queueClock: Clock = { now: () => 0, setTimeout: (fn) => queue.push(fn), clearTimeout: () => {} };
const drain = () => {
	while (queue.length) queue.shift()!();
};

function perSecond(label: string, count: number, run: () => void): void {
	run(); // warm-up
	const start = process.hrtime.bigint();
	const cpu = process.cpuUsage();
	run();
	const seconds = Number(process.hrtime.bigint() - start) / 1e9;
	// CPU time too: on a busy machine the wall clock measures the other processes as much as this one.
	const used = process.cpuUsage(cpu);
	const cpuSeconds = (used.user + used.system) / 1e6;
	const rate = (s: number) =>
		Math.round(count / s)
			.toLocaleString('en-US')
			.padStart(12);
	console.log(`${label.padEnd(44)} ${rate(seconds)} /s   ${rate(cpuSeconds)} per CPU second`);
}

const CALLS = 200_000;
const pims = createPims({ catalog, clock: queueClock, seed: 1, state: createState(catalog, { initialized: true }) });
let received = 0;
const count = () => void received++;
const gets = catalog.operations.filter((o) => o.method === 'get');
const sets = catalog.operations.filter((o) => o.method === 'set');

for (const [label, ops, method] of [
	['get, documented calls of every get operation', gets, 'get'],
	['set, documented calls of every set operation', sets, 'set'],
] as const) {
	const calls = ops.map((op) => [op.api, documentedCall(op).params] as const);
	perSecond(label, CALLS, () => {
		for (let i = 0; i < CALLS; i++) {
			const [api, params] = calls[i % calls.length]!;
			void pims[method](api, params, count);
			if (i % 1000 === 999) drain();
		}
		drain();
	});
}

perSecond('get, invalid parameter (2102 path)', CALLS, () => {
	for (let i = 0; i < CALLS; i++) {
		void pims.get('pims.authentication.smscode', { type: 'phoneNumberCertification', phoneNumber: 42 }, count);
		if (i % 1000 === 999) drain();
	}
	drain();
});

const subscribeOps = catalog.operations.filter((o) => o.method === 'subscribe');
const EVENTS_MS = 1_000_000;
if (subscribeOps.length) {
	perSecond(`subscription events, ${subscribeOps.length} streams at once`, (EVENTS_MS / 10) * subscribeOps.length, () => {
		const clock = createFakeClock();
		const sim = createPims({ catalog, clock, seed: 1, state: createState(catalog, { initialized: true }), eventIntervalMs: 10, firstEventMs: 10 });
		for (const op of subscribeOps) void sim.subscribe(op.api, documentedCall(op).params, count);
		clock.advance(EVENTS_MS);
		sim.dispose();
	});
} else console.log('subscription events: the catalogue has no subscribe operation');
console.log(`(${received.toLocaleString('en-US')} messages delivered in all)`);
