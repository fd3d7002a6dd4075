// "Code you can paste": the Kotlin and Swift of the calls the last run made, from the page generators.
import type { HighlighterCore } from 'shiki/core';
import { kotlinExample } from '../../generators/kotlin.ts';
import { swiftExample } from '../../generators/swift.ts';
import type { CallShape } from '../../generators/call-shape.ts';
import type { SdkCall } from '../protocol.ts';
import { highlightedCode } from './highlight.ts';

function shapeOf(call: SdkCall): CallShape | undefined {
	if (call.method === 'initialize' || call.method === 'release') return { kind: 'lifecycle', name: call.method, params: call.params };
	if (call.method === 'unsubscribe' || !call.api) return undefined;
	return { kind: call.method, name: call.api, params: call.params && Object.keys(call.params).length ? call.params : undefined };
}

function block(highlighter: HighlighterCore | undefined, lang: 'kotlin' | 'swift', label: string, code: string): HTMLElement {
	const figure = document.createElement('figure');
	figure.className = 'paste-block';
	figure.dataset.lang = lang;
	const caption = document.createElement('figcaption');
	const title = document.createElement('span');
	title.textContent = label;
	const copy = document.createElement('button');
	copy.type = 'button';
	copy.className = 'paste-copy';
	copy.textContent = `Copy ${label}`;
	copy.addEventListener('click', () => {
		void navigator.clipboard?.writeText(code).then(
			() => (copy.textContent = 'Copied'),
			() => (copy.textContent = 'Copy failed'),
		);
		setTimeout(() => (copy.textContent = `Copy ${label}`), 1500);
	});
	caption.append(title, copy);
	const pre = highlightedCode(highlighter, code, lang);
	figure.append(caption, pre);
	return figure;
}

/** Renders the equivalents of the calls (duplicates once); returns how many were shown. */
export function renderPasteCode(container: HTMLElement, highlighter: HighlighterCore | undefined, calls: SdkCall[]): number {
	const seen = new Set<string>();
	const kotlin: string[] = [];
	const swift: string[] = [];
	for (const call of calls) {
		const shape = shapeOf(call);
		if (!shape) continue;
		const key = JSON.stringify(shape);
		if (seen.has(key)) continue;
		seen.add(key);
		kotlin.push(kotlinExample(shape));
		swift.push(swiftExample(shape));
	}
	container.replaceChildren();
	if (kotlin.length === 0) {
		const p = document.createElement('p');
		p.textContent = 'Run code that calls the SDK to see the same calls in Kotlin and Swift.';
		container.append(p);
		return 0;
	}
	container.append(block(highlighter, 'kotlin', 'Kotlin', kotlin.join('\n\n')), block(highlighter, 'swift', 'Swift', swift.join('\n\n')));
	return kotlin.length;
}

/** The Kotlin and Swift are highlighted only while their section is open, and after the run's
 * messages: highlighting them first would delay the first message. */
export function pasteCodeSection(section: HTMLDetailsElement, body: HTMLElement, highlighter: () => HighlighterCore | undefined): { update(calls: readonly SdkCall[]): void } {
	let calls: readonly SdkCall[] = [];
	let timer: ReturnType<typeof setTimeout> | undefined;
	const refresh = () => {
		if (!section.open) return;
		clearTimeout(timer);
		timer = setTimeout(() => renderPasteCode(body, highlighter(), [...calls]), 50);
	};
	section.addEventListener('toggle', refresh);
	return {
		update(next) {
			calls = next;
			refresh();
		},
	};
}
