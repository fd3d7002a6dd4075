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

/** A bijection on 32-bit integers (lowbias32): distinct inputs give distinct, well-mixed outputs. */
function mix32(x: number): number {
	x ^= x >>> 16;
	x = Math.imul(x, 0x7feb352d);
	x ^= x >>> 15;
	x = Math.imul(x, 0x846ca68b);
	x ^= x >>> 16;
	return x >>> 0;
}

/**
 * Transaction ids shaped like the SDK's (`953cfefb-bc72`): 8 hex, dash, 4 hex. The first part mixes a counter
 * started at a random point, so no id repeats within a run (for 2^32 calls) without remembering the ones given.
 */
export function transactionIds(random: () => number): () => string {
	let counter = Math.floor(random() * 2 ** 32);
	return () => {
		counter = (counter + 1) >>> 0;
		const head = mix32(counter).toString(16).padStart(8, '0');
		const tail = Math.floor(random() * 0x10000)
			.toString(16)
			.padStart(4, '0');
		return `${head}-${tail}`;
	};
}
