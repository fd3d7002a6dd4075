// The "Console output" log: SDK messages with status, time and highlighted JSON, console output and
// errors, all rendered as text nodes (never HTML from the sandbox).
import type { HighlighterCore } from 'shiki/core';
import type { Message } from '../../sdk/index.ts';
import { highlightedCode } from './highlight.ts';

const MAX_ENTRIES = 500;

export class OutputLog {
	constructor(
		private readonly el: HTMLElement,
		private readonly highlighter: HighlighterCore,
	) {}

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
		this.el.append(item);
		while (this.el.childElementCount > MAX_ENTRIES) this.el.firstElementChild?.remove();
		this.el.scrollTop = this.el.scrollHeight;
		return item;
	}

	/** `answers` names the call the message answers; `detail` places an event in its subscription. */
	message(message: Message, at: number, answers?: { call: string; detail?: string }): void {
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
		item.append(highlightedCode(this.highlighter, JSON.stringify(message, null, 2), 'json', 'log-json'));
	}

	log(level: string, text: string, at: number): void {
		const item = this.entry(`console-${level}`, at, `console.${level}`);
		const pre = document.createElement('pre');
		pre.className = 'log-text';
		pre.textContent = text;
		item.append(pre);
	}

	error(text: string, at?: number): void {
		const item = this.entry('error', at, 'Error');
		const p = document.createElement('p');
		p.className = 'log-text';
		p.textContent = text;
		item.append(p);
	}

	note(text: string): void {
		const item = this.entry('note', undefined, 'Console');
		const p = document.createElement('p');
		p.className = 'log-text';
		p.textContent = text;
		item.append(p);
	}

	clear(): void {
		this.el.replaceChildren();
	}
}
