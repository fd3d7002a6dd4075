// The "Console output" log: SDK messages with status, time and JSON, console output and errors, all
// rendered as text nodes (never HTML from the sandbox). Entries are added once per frame, in one
// append of at most ENTRIES_PER_FRAME, with no layout read in between; the log keeps the newest
// LOG_ENTRIES and counts the rest.
// Messages are highlighted afterwards, newest first, a few milliseconds per frame.
import type { HighlighterCore } from 'shiki/core';
import type { Message } from '../../sdk/index.ts';
import { HIGHLIGHT_CHARS, LOG_ENTRIES } from '../sandbox/limits.ts';
import { highlightedCode } from './highlight.ts';

/** Milliseconds of highlighting per frame. */
const HIGHLIGHT_BUDGET_MS = 8;
/** Entries added per frame: a flood fills the log over a few frames, not in one long one. */
const ENTRIES_PER_FRAME = 250;

export class OutputLog {
	private pending: HTMLElement[] = [];
	private toHighlight: HTMLPreElement[] = [];
	private hiddenCount = 0;
	private scheduled = false;
	private highlighting = false;
	private readonly notice: HTMLParagraphElement;

	constructor(
		private readonly el: HTMLElement,
		/** Shiki once it has loaded; messages before that show uncoloured. */
		private readonly highlighter: () => HighlighterCore | undefined,
	) {
		this.notice = document.createElement('p');
		this.notice.className = 'log-hidden';
	}

	private entry(kind: string, at: number | undefined, label: string): HTMLElement {
		const item = document.createElement('div');
		item.className = `log-entry log-${kind}`;
		item.dataset.kind = kind;
		const head = document.createElement('div');
		head.className = 'log-head';
		const badge = document.createElement('span');
		badge.className = 'log-badge';
		badge.textContent = label;
		head.append(badge);
		if (at !== undefined) {
			const time = document.createElement('span');
			time.className = 'log-time';
			time.textContent = `+${at} ms`;
			head.append(time);
		}
		item.append(head);
		this.pending.push(item);
		// A flood between two frames is trimmed here already, so it is never built in the DOM.
		if (this.pending.length > 2 * LOG_ENTRIES) this.hidden(this.pending.splice(0, this.pending.length - LOG_ENTRIES).length);
		this.schedule();
		return item;
	}

	/**
	 * `answers` names the call the message answers; `detail` places an event in its subscription.
	 * `text` is the message's JSON when the sandbox had to cut it; it is shown as sent, unhighlighted.
	 */
	message(message: Message, at: number, answers?: { call: string; detail?: string }, text?: string): void {
		const item = this.entry(`status-${message.status.toLowerCase()}`, at, message.status);
		item.dataset.status = message.status;
		if (answers) {
			const call = document.createElement('span');
			call.className = 'log-call';
			call.textContent = answers.detail ? `${answers.call} · ${answers.detail}` : answers.call;
			item.dataset.call = answers.call;
			item.firstElementChild?.insertBefore(call, item.querySelector('.log-time'));
		}
		if (message.error) item.dataset.code = String(message.error.code);
		const json = text ?? JSON.stringify(message, null, 2);
		const pre = document.createElement('pre');
		pre.className = 'log-json';
		const code = document.createElement('code');
		code.textContent = json;
		pre.append(code);
		item.append(pre);
		if (text === undefined && json.length <= HIGHLIGHT_CHARS) this.toHighlight.push(pre);
	}

	log(level: string, text: string, at: number): void {
		this.textEntry(`console-${level}`, at, `console.${level}`, 'pre', text);
	}

	error(text: string, at?: number): void {
		this.textEntry('error', at, 'Error', 'p', text);
	}

	note(text: string): void {
		this.textEntry('note', undefined, 'Console', 'p', text);
	}

	/** An entry whose body is plain text: console output is a <pre>, as printed; errors and notes are a paragraph. */
	private textEntry(kind: string, at: number | undefined, label: string, tag: 'p' | 'pre', text: string): void {
		const item = this.entry(kind, at, label);
		const body = document.createElement(tag);
		body.className = 'log-text';
		body.textContent = text;
		item.append(body);
	}

	/** Counts entries left out, shown as "N earlier lines hidden" at the top of the log. */
	hidden(count: number): void {
		this.hiddenCount += count;
		this.schedule();
	}

	clear(): void {
		this.pending = [];
		this.toHighlight = [];
		this.hiddenCount = 0;
		this.el.replaceChildren();
	}

	private schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		// A frame when the page is visible; the timeout when it is not (frames do not come then).
		const timer = setTimeout(() => this.flush(), 100);
		requestAnimationFrame(() => {
			clearTimeout(timer);
			this.flush();
		});
	}

	private flush(): void {
		if (!this.scheduled) return;
		this.scheduled = false;
		if (this.pending.length > 0) {
			// Entries older than the newest LOG_ENTRIES would never show.
			if (this.pending.length > LOG_ENTRIES) this.hiddenCount += this.pending.splice(0, this.pending.length - LOG_ENTRIES).length;
			const adding = this.pending.splice(0, ENTRIES_PER_FRAME);
			const entries = this.el.querySelectorAll(':scope > .log-entry');
			const excess = entries.length + adding.length - LOG_ENTRIES;
			for (let i = 0; i < excess; i++) entries[i]!.remove();
			if (excess > 0) this.hiddenCount += excess;
			const batch = document.createDocumentFragment();
			batch.append(...adding);
			this.el.append(batch);
			if (this.pending.length > 0) this.schedule();
		}
		if (this.hiddenCount > 0) {
			this.notice.textContent = `${this.hiddenCount.toLocaleString('en-US')} earlier lines hidden`;
			if (this.el.firstChild !== this.notice) this.el.prepend(this.notice);
		}
		this.el.scrollTop = this.el.scrollHeight;
		// Coloured from the next frame on: the entries show in this one, the colours a frame later.
		if (!this.highlighting) {
			this.highlighting = true;
			requestAnimationFrame(() => this.highlightSome());
		}
	}

	private highlightSome(): void {
		this.highlighting = false;
		const start = performance.now();
		while (this.toHighlight.length > 0 && performance.now() - start < HIGHLIGHT_BUDGET_MS) {
			const pre = this.toHighlight.pop()!;
			if (!pre.isConnected) continue;
			pre.replaceWith(highlightedCode(this.highlighter(), pre.textContent ?? '', 'json', 'log-json'));
		}
		// Entries scrolled out of the log are not worth highlighting.
		if (this.toHighlight.length > LOG_ENTRIES) this.toHighlight.splice(0, this.toHighlight.length - LOG_ENTRIES);
		if (this.toHighlight.length > 0) {
			this.highlighting = true;
			requestAnimationFrame(() => this.highlightSome());
		}
	}
}
