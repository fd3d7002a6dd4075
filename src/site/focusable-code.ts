// An expressive-code plugin: every code block's <pre> is keyboard-focusable in the built HTML, so a block that scrolls
// sideways can be scrolled from the keyboard at once. Expressive-code's own script makes only the blocks that overflow
// focusable, but it waits for the page to be idle; from then on it also takes the attribute off the blocks that fit.

/** The part of a HAST node this plugin reads. */
interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

function findPre(node: HastNode): HastNode | undefined {
	if (node.type === 'element' && node.tagName === 'pre') return node;
	for (const child of node.children ?? []) {
		const found = findPre(child);
		if (found) return found;
	}
	return undefined;
}

/** Marks the block's <pre> as expressive-code's script does for one that overflows. */
export function markFocusable(block: HastNode): void {
	const pre = findPre(block);
	if (pre) pre.properties = { ...pre.properties, tabIndex: 0, role: 'region' };
}

export function focusableCodeBlocks() {
	return {
		name: 'Focusable code blocks',
		hooks: {
			postprocessRenderedBlock: ({ renderData }: { renderData: { blockAst: HastNode } }) => markFocusable(renderData.blockAst),
		},
	};
}
