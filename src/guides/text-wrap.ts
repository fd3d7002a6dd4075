// Line breaking for diagram labels, measured in characters of a monospace font.

/**
 * Wraps text to lines of at most `max` characters, breaking at spaces; a word longer than a line is broken
 * after its last `.` or `-` that fits, or else at the limit.
 */
export function wrapText(text: string, max: number): string[] {
	if (max < 1) throw new Error('max must be at least 1');
	// Pieces of a word broken in two are glued back without a space when they share a line.
	const pieces: Array<{ text: string; glue: boolean }> = [];
	for (let word of text.split(/\s+/).filter(Boolean)) {
		let glue = false;
		while (word.length > max) {
			const cut = Math.max(word.lastIndexOf('.', max - 1), word.lastIndexOf('-', max - 1));
			const at = cut > 0 ? cut + 1 : max;
			pieces.push({ text: word.slice(0, at), glue });
			word = word.slice(at);
			glue = true;
		}
		pieces.push({ text: word, glue });
	}
	const lines: string[] = [];
	for (const piece of pieces) {
		const last = lines.at(-1);
		const joined = last === undefined ? undefined : piece.glue ? last + piece.text : `${last} ${piece.text}`;
		if (joined !== undefined && joined.length <= max) lines[lines.length - 1] = joined;
		else lines.push(piece.text);
	}
	return lines;
}
