// Shared links: code, operation, scenario, and the simulator's starting situation (preset and device
// settings) in the URL hash, compressed and versioned. Opening one fills the console; it never runs by itself.
export interface SharedState {
	code: string;
	op?: string;
	scenario?: string;
	/** The preset the simulator starts from; absent in links made before presets existed. */
	preset?: string;
	/** Device settings that differ from the preset's, by name (e.g. `bluetooth: false`). */
	settings?: { [name: string]: boolean };
}

const PREFIX = '#try=1.';

function toBase64Url(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeShare(state: SharedState): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(state));
	return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** Reads a shared hash; undefined when the hash is not one, or is damaged. */
export async function decodeShare(hash: string): Promise<SharedState | undefined> {
	if (!hash.startsWith(PREFIX)) return undefined;
	try {
		const bytes = await pipe(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
		const data = JSON.parse(new TextDecoder().decode(bytes)) as Partial<SharedState>;
		if (typeof data.code !== 'string') return undefined;
		return {
			code: data.code,
			op: typeof data.op === 'string' ? data.op : undefined,
			scenario: typeof data.scenario === 'string' ? data.scenario : undefined,
			preset: typeof data.preset === 'string' ? data.preset : undefined,
			settings: readSettings(data.settings),
		};
	} catch {
		return undefined;
	}
}

/** Only boolean settings survive; anything else in a damaged or hand-made link is dropped. */
function readSettings(value: unknown): SharedState['settings'] {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const entries = Object.entries(value).filter((e): e is [string, boolean] => typeof e[1] === 'boolean');
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function isShareHash(hash: string): boolean {
	return hash.startsWith(PREFIX);
}
