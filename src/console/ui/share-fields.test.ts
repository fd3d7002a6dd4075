// Share links carry the simulator's starting situation, and links made before that still open.
import { describe, expect, it } from 'vitest';
import { encodeShare, openShare } from './share.ts';

const decodeShare = async (hash: string) => {
	const opening = await openShare(hash);
	return opening.kind === 'shared' ? opening.shared : undefined;
};

/** A link in the first format (code, operation and scenario only), encoded by hand. */
async function oldLink(data: object): Promise<string> {
	const out = new Blob([JSON.stringify(data)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	const bytes = new Uint8Array(await new Response(out).arrayBuffer());
	return `#try=1.${btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '')}`;
}

describe('share links', () => {
	it('carry the preset and the device settings', async () => {
		const hash = await encodeShare({ code: 'x', op: 'a', scenario: 'success', preset: 'fresh-install', settings: { bluetooth: false, offline: true } });
		expect(await decodeShare(hash)).toEqual({ code: 'x', op: 'a', scenario: 'success', preset: 'fresh-install', settings: { bluetooth: false, offline: true } });
	});

	it('open links made before presets existed', async () => {
		expect(await decodeShare(await oldLink({ code: 'y', op: 'b', scenario: 'error:2307' }))).toEqual({ code: 'y', op: 'b', scenario: 'error:2307', preset: undefined, settings: undefined });
	});

	it('drop settings that are not booleans', async () => {
		const shared = await decodeShare(await oldLink({ code: 'z', preset: 7, settings: { bluetooth: 'off', location: true } }));
		expect(shared).toEqual({ code: 'z', op: undefined, scenario: undefined, preset: undefined, settings: { location: true } });
		expect((await decodeShare(await oldLink({ code: 'z', settings: [true] })))?.settings).toBeUndefined();
	});
});
