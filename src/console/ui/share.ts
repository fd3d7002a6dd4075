// Shared links: code, operation, scenario, and the simulator's starting situation (preset and device
// settings) in the URL hash, compressed and versioned. Opening one fills the console; it never runs by
// itself. A damaged or oversized link is refused with a reason.
import { isDictionary } from '../../sdk/index.ts';
export interface SharedState {
	code: string;
	op?: string;
	scenario?: string;
	/** The preset the simulator starts from; absent in links made before presets existed. */
	preset?: string;
	/** Device settings that differ from the preset's, by name (e.g. `bluetooth: false`). */
	settings?: { [name: string]: boolean };
	/** The SDK the console runs as; absent in links made before the console had the choice. */
	platform?: 'android' | 'ios';
}

/** What opening a hash gave: nothing to open, a console state, or why the link was refused. */
export type ShareOpening = { kind: 'none' } | { kind: 'shared'; shared: SharedState } | { kind: 'refused'; problem: string };

const VERSION = '1';
const PREFIX = `#try=${VERSION}.`;
/** Far more code than anyone shares; the inflation stops here, so a small link cannot unpack into gigabytes. */
export const MAX_SHARED_BYTES = 1_000_000;
/** A hash longer than this cannot come from a link the console made (its code is at most 1 MB). */
const MAX_HASH_LENGTH = 2_000_000;

function toBase64Url(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function compress(bytes: Uint8Array): Promise<Uint8Array> {
	const out = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeShare(state: SharedState): Promise<string> {
	return PREFIX + toBase64Url(await compress(new TextEncoder().encode(JSON.stringify(state))));
}

class Refused extends Error {}

function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Refused('The link is damaged: its data is not valid base64.');
	// A length of 4n+1 cannot be the end of base64: characters were lost.
	if (text.length % 4 === 1) throw new Refused('The link is incomplete: its data ends too early (was it cut short when copied?).');
	const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** Inflates chunk by chunk and gives up as soon as the output passes the cap. */
async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new DecompressionStream('deflate-raw');
	const writer = stream.writable.getWriter();
	const reader = stream.readable.getReader();
	// A garbled stream fails while it is written; one with data missing only when it is closed.
	const written = writer.write(bytes as BufferSource);
	written.then(() => writer.close()).catch(() => {});
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > MAX_SHARED_BYTES) {
				void reader.cancel().catch(() => {});
				throw new Refused('The link is too large: its code is larger than 1 MB once unpacked, so it was not opened.');
			}
			chunks.push(value);
		}
	} catch (error) {
		if (error instanceof Refused) throw error;
		const whole = await written.then(
			() => true,
			() => false,
		);
		throw new Refused(
			whole ? 'The link is incomplete: its data ends too early (was it cut short when copied?).' : 'The link is damaged: its data could not be unpacked (was it cut short or changed?).',
		);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
}

function parse(bytes: Uint8Array): SharedState {
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		throw new Refused('The link is damaged: its data is not JSON.');
	}
	const d = isDictionary(data) ? data : {};
	if (typeof d.code !== 'string') throw new Refused('The link is damaged: its data holds no code.');
	return {
		code: d.code,
		op: typeof d.op === 'string' ? d.op : undefined,
		scenario: typeof d.scenario === 'string' ? d.scenario : undefined,
		preset: typeof d.preset === 'string' ? d.preset : undefined,
		settings: readSettings(d.settings),
		platform: d.platform === 'android' || d.platform === 'ios' ? d.platform : undefined,
	};
}

/** Only boolean settings survive; anything else in a damaged or hand-made link is dropped. */
function readSettings(value: unknown): SharedState['settings'] {
	if (!isDictionary(value)) return undefined;
	const entries = Object.entries(value).filter((e): e is [string, boolean] => typeof e[1] === 'boolean');
	return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Reads a shared hash. Never throws: a damaged link comes back refused, with what was wrong. */
export async function openShare(hash: string): Promise<ShareOpening> {
	if (!isShareHash(hash)) return { kind: 'none' };
	const version = /^#try=([^.]*)\./.exec(hash)?.[1] ?? '';
	try {
		if (version !== VERSION) throw new Refused(`The link was made by an unknown version of the console (${version.slice(0, 20) || 'none'}).`);
		if (hash.length > MAX_HASH_LENGTH) throw new Refused('The link is too large: its code is larger than 1 MB once unpacked, so it was not opened.');
		return { kind: 'shared', shared: parse(await inflate(fromBase64Url(hash.slice(PREFIX.length)))) };
	} catch (error) {
		const problem = error instanceof Refused ? error.message : 'The link is damaged: its data could not be read.';
		return { kind: 'refused', problem: `${problem} The default example is shown instead. Nothing ran.` };
	}
}

function isShareHash(hash: string): boolean {
	return hash.startsWith('#try=');
}
