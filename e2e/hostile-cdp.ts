// Crashing the sandbox frame's own renderer process, through the browser's DevTools protocol. The frame
// is out of process (its own target), so the page lives on; Playwright, though, counts a crashed
// child frame as a crashed page and refuses to drive it after that. So the page is then driven here,
// over a session of its own: `evaluate` runs an expression in the page and returns its value.
import type { Browser, CDPSession, Page } from '@playwright/test';

/** A reply to Runtime.evaluate, as the target sends it. */
interface Reply {
	id?: number;
	result?: { result?: { value?: unknown }; exceptionDetails?: unknown };
}

interface TargetInfo {
	targetId: string;
	type: string;
	url: string;
	parentId?: string;
}

export class RawPage {
	private next = 1;
	private readonly waiting = new Map<number, (reply: Reply) => void>();

	private constructor(
		private readonly browser: CDPSession,
		private readonly session: string,
	) {
		browser.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
			if (e.sessionId !== this.session) return;
			const reply = JSON.parse(e.message) as Reply;
			if (reply.id !== undefined) this.waiting.get(reply.id)?.(reply);
		});
	}

	private static async attach(browser: CDPSession, targetId: string): Promise<string> {
		const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: false });
		return sessionId;
	}

	/** Crashes the page's sandbox frame and returns a way to keep driving the page. */
	static async crashSandbox(browser: Browser, page: Page): Promise<RawPage> {
		const cdp = await browser.newBrowserCDPSession();
		const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
		const top = targetInfos.find((t) => t.type === 'page' && t.url === page.url());
		const frame = targetInfos.find((t) => t.type === 'iframe' && t.url === 'about:srcdoc' && t.parentId === top?.targetId);
		if (!top || !frame) throw new Error('the sandbox frame is not a target of its own: it does not run in a process of its own');
		const raw = new RawPage(cdp, await RawPage.attach(cdp, top.targetId));
		const frameSession = await RawPage.attach(cdp, frame.targetId);
		await cdp.send('Target.sendMessageToTarget', { sessionId: frameSession, message: JSON.stringify({ id: 1, method: 'Page.crash' }) });
		return raw;
	}

	/** Evaluates an expression (a promise is awaited) in the page and returns its JSON value. */
	async evaluate<T>(expression: string): Promise<T> {
		const id = this.next++;
		const reply = new Promise<Reply>((resolve) => this.waiting.set(id, resolve));
		await this.browser.send('Target.sendMessageToTarget', {
			sessionId: this.session,
			message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }),
		});
		const { result } = await reply;
		if (result?.exceptionDetails) throw new Error(`evaluate failed: ${JSON.stringify(result.exceptionDetails).slice(0, 500)}`);
		return result?.result?.value as T;
	}
}
