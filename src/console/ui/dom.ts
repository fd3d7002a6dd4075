// Tiny DOM helpers for the console UI.
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<Omit<HTMLElementTagNameMap[K], 'dataset'>> & { dataset?: Record<string, string> } = {},
	...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	const { dataset, ...rest } = props;
	Object.assign(node, rest);
	if (dataset) Object.assign(node.dataset, dataset);
	node.append(...children);
	return node;
}

export function button(label: string, onClick: () => void, extra: Partial<Omit<HTMLButtonElement, 'dataset'>> = {}): HTMLButtonElement {
	const b = el('button', { type: 'button', textContent: label, ...extra });
	b.addEventListener('click', onClick);
	return b;
}

/** Writes a text only when it differs: an unchanged write still costs the page a style and layout pass. */
export function setText(node: Node, text: string): void {
	if (node.textContent !== text) node.textContent = text;
}

/**
 * Where a long identifier may break in a narrow column: before each capital that follows a small letter
 * ("Strong|Authentication") and after a dot, never inside a word. The break points carry no text.
 */
export function breakParts(text: string): string[] {
	return text.split(/(?<=[a-z])(?=[A-Z])|(?<=\.)(?=\w)/);
}

/** `text` as text nodes with a <wbr> at each of its break points. */
export function breakableText(text: string): Node[] {
	return breakParts(text).flatMap((part, i) => (i === 0 ? [document.createTextNode(part)] : [document.createElement('wbr'), document.createTextNode(part)]));
}
