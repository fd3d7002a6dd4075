// The page's side of the sandbox: one hidden, sandboxed iframe (opaque origin) per console, spoken to
// over a MessageChannel once it has loaded. The page pings the frame on its own timer, during a run and
// between runs; a frame that stops answering (its process may have died of the code's memory use) is
// replaced by a fresh one, so the next Run works.
import { parseRunBatch, type PrepareJob, type RunEvent, type RunJob } from '../protocol.ts';
import { frameDocument } from './frame-source.ts';
import { FRAME_TIMEOUT_MS, LOAD_TIMEOUT_MS, LOG_ENTRIES, type HaltReason } from './limits.ts';

export interface SandboxListener {
	onEvent(event: RunEvent): void;
	/** Entries the sandbox left out because there were too many to show. */
	onHidden(count: number): void;
	/** The sandbox stopped the run by itself (see haltMessage), or was lost and replaced. */
	onHalted(reason: HaltReason): void;
	/** The frame stopped answering while no run was going on, and was replaced. */
	onReplaced(): void;
	onStopped(): void;
}

const HALTS: readonly string[] = ['busy', 'quiet', 'cpu'] satisfies HaltReason[];

export class Sandbox {
	/** Undefined until the sandbox starts (see the constructor's `startAfter`). */
	private frame: HTMLIFrameElement | undefined;
	/** The page's end of the frame's channel, handed over once the frame has loaded. */
	private port: MessagePort | undefined;
	/** Runs waiting for a frame to be ready: a frame that never loads is replaced, and they wait for the next one. */
	private waiting: Array<() => void> = [];
	private builtAt = 0;
	private destroyed = false;
	private runId = 0;
	private running = false;
	/** The frame has loaded and holds a worker; it is only watched from then on. */
	private alive = false;
	/** When the first ping the frame has not answered yet was sent, and how many have been sent since. */
	private unansweredSince = 0;
	private unanswered = 0;
	private readonly onMessage: (e: MessageEvent) => void;
	private readonly heartbeat: ReturnType<typeof setInterval>;

	constructor(
		private readonly parent: HTMLElement,
		private readonly workerSource: string,
		private readonly prepare: PrepareJob,
		private readonly listener: SandboxListener,
		/**
		 * The frame is built once this settles, or at the first Run, whichever comes first. A frame is a process
		 * of its own with a worker in it: started while the full editor's code is being parsed, it takes the
		 * CPU that the editor needs on a small machine.
		 */
		startAfter: Promise<unknown> = Promise.resolve(),
	) {
		this.onMessage = (e: MessageEvent) => this.loaded(e);
		window.addEventListener('message', this.onMessage);
		const start = () => {
			if (!this.frame && !this.destroyed) this.build();
		};
		void startAfter.then(start, start);
		this.heartbeat = setInterval(() => this.check(), 1000);
	}

	private build(): void {
		this.frame = document.createElement('iframe');
		// allow-scripts without allow-same-origin: the frame and its worker get an opaque origin.
		this.frame.setAttribute('sandbox', 'allow-scripts');
		this.frame.setAttribute('aria-hidden', 'true');
		this.frame.setAttribute('tabindex', '-1');
		this.frame.title = 'Code sandbox';
		this.frame.className = 'console-sandbox';
		this.frame.srcdoc = frameDocument();
		this.unanswered = 0;
		this.alive = false;
		this.builtAt = performance.now();
		this.parent.append(this.frame);
	}

	private ready(): Promise<void> {
		if (!this.frame) this.build();
		return this.alive ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
	}

	/**
	 * The frame's only message to the window: it has loaded. It then gets a channel of its own, and everything
	 * else goes over it. A port sends at once, where the window's postMessage to another process waits for the
	 * page's thread to finish its task (the updates that follow Run), and takes a detour through the browser.
	 */
	private loaded(e: MessageEvent): void {
		if (!this.frame || e.source !== this.frame.contentWindow || (e.data as { type?: unknown } | null)?.type !== 'loaded' || this.port) return;
		const channel = new MessageChannel();
		this.port = channel.port1;
		this.port.onmessage = (m) => this.receive(m);
		this.unanswered = 0;
		this.frame.contentWindow?.postMessage({ type: 'init', source: this.workerSource, prepare: this.prepare }, '*', [channel.port2]);
	}

	private receive(e: MessageEvent): void {
		if (typeof e.data !== 'object' || e.data === null) return;
		const data = e.data as { type?: unknown; runId?: unknown; batch?: unknown; reason?: unknown };
		this.unanswered = 0;
		if (data.type === 'ready') {
			this.alive = true;
			for (const resume of this.waiting.splice(0)) resume();
		} else if (data.runId !== this.runId) return;
		else if (data.type === 'batch') {
			const batch = parseRunBatch(data.batch, LOG_ENTRIES);
			if (!batch) return;
			if (batch.hidden > 0) this.listener.onHidden(batch.hidden);
			for (const event of batch.events) this.listener.onEvent(event);
		} else if (data.type === 'halted' && HALTS.includes(data.reason as string)) {
			this.running = false;
			this.listener.onHalted(data.reason as HaltReason);
		} else if (data.type === 'stopped') this.listener.onStopped();
	}

	/**
	 * The page's own watch on the frame: a frame that leaves several pings unanswered for
	 * FRAME_TIMEOUT_MS is replaced. Counting pings keeps a throttled background tab from looking lost.
	 * A frame still loading is given LOAD_TIMEOUT_MS, as loading is slow on a busy machine.
	 */
	private check(): void {
		if (!this.frame) return;
		const now = performance.now();
		if (!this.alive) {
			if (now - this.builtAt > LOAD_TIMEOUT_MS) this.replace();
			return;
		}
		if (this.unanswered === 0) this.unansweredSince = now;
		else if (this.unanswered >= 3 && now - this.unansweredSince > FRAME_TIMEOUT_MS) return this.replace();
		this.unanswered += 1;
		this.post({ type: 'ping' });
	}

	private replace(): void {
		const wasRunning = this.running;
		const wasAlive = this.alive;
		this.running = false;
		this.closePort();
		this.frame?.remove();
		this.build();
		if (wasRunning) this.listener.onHalted('lost');
		else if (wasAlive) this.listener.onReplaced();
	}

	private post(message: unknown): void {
		this.port?.postMessage(message);
	}

	private closePort(): void {
		this.port?.close();
		this.port = undefined;
	}

	/**
	 * Starts a fresh worker for the job; the previous run's worker, timers and subscriptions end.
	 * With the frame ready, the job is posted before this returns, ahead of the page's own updates.
	 */
	async run(job: RunJob): Promise<void> {
		if (!this.alive) await this.ready();
		this.runId += 1;
		this.running = true;
		this.post({ type: 'run', runId: this.runId, job });
	}

	async stop(): Promise<void> {
		// Nothing has run before the frame is built.
		if (!this.frame) return;
		await this.ready();
		this.running = false;
		this.post({ type: 'stop', runId: this.runId });
	}

	destroy(): void {
		this.destroyed = true;
		clearInterval(this.heartbeat);
		this.waiting = [];
		window.removeEventListener('message', this.onMessage);
		this.closePort();
		this.frame?.remove();
	}
}
