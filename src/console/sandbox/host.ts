// The page's side of the sandbox: one hidden, sandboxed iframe (opaque origin) per console.
import { parseRunEvent, type PrepareJob, type RunEvent, type RunJob } from '../protocol.ts';
import { frameDocument } from './frame-source.ts';

export interface SandboxListener {
	onEvent(event: RunEvent): void;
	/** The worker stayed busy past the watchdog limit and was stopped. */
	onWatchdog(): void;
	onStopped(): void;
}

export class Sandbox {
	private readonly frame: HTMLIFrameElement;
	private readonly ready: Promise<void>;
	private runId = 0;
	private readonly onMessage: (e: MessageEvent) => void;

	constructor(parent: HTMLElement, workerSource: string, prepare: PrepareJob, private readonly listener: SandboxListener) {
		this.frame = document.createElement('iframe');
		// allow-scripts without allow-same-origin: the frame and its worker get an opaque origin.
		this.frame.setAttribute('sandbox', 'allow-scripts');
		this.frame.setAttribute('aria-hidden', 'true');
		this.frame.setAttribute('tabindex', '-1');
		this.frame.title = 'Code sandbox';
		this.frame.className = 'console-sandbox';
		this.frame.srcdoc = frameDocument();
		let resolveReady: () => void = () => {};
		this.ready = new Promise((r) => (resolveReady = r));
		this.onMessage = (e: MessageEvent) => {
			if (e.source !== this.frame.contentWindow || typeof e.data !== 'object' || e.data === null) return;
			const data = e.data as { type?: unknown; runId?: unknown; event?: unknown };
			if (data.type === 'loaded') this.post({ type: 'init', source: workerSource, prepare });
			else if (data.type === 'ready') resolveReady();
			else if (data.runId !== this.runId) return;
			else if (data.type === 'event') {
				const event = parseRunEvent(data.event);
				if (event) this.listener.onEvent(event);
			} else if (data.type === 'watchdog') this.listener.onWatchdog();
			else if (data.type === 'stopped') this.listener.onStopped();
		};
		window.addEventListener('message', this.onMessage);
		parent.append(this.frame);
	}

	private post(message: unknown): void {
		this.frame.contentWindow?.postMessage(message, '*');
	}

	/** Starts a fresh worker for the job; the previous run's worker, timers and subscriptions end. */
	async run(job: RunJob): Promise<void> {
		await this.ready;
		this.runId += 1;
		this.post({ type: 'run', runId: this.runId, job });
	}

	async stop(): Promise<void> {
		await this.ready;
		this.post({ type: 'stop', runId: this.runId });
	}

	destroy(): void {
		window.removeEventListener('message', this.onMessage);
		this.frame.remove();
	}
}
