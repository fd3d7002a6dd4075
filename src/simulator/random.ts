/** A small seeded generator (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Transaction ids shaped like the SDK's (`953cfefb-bc72`): 8 hex, dash, 4 hex, never repeated within a run. */
export function transactionIds(random: () => number): () => string {
	const used = new Set<string>();
	const hex = (n: number) =>
		Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
	return () => {
		for (;;) {
			const id = `${hex(8)}-${hex(4)}`;
			if (!used.has(id)) {
				used.add(id);
				return id;
			}
		}
	};
}
