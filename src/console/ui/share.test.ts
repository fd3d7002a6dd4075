import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeShare, openShare } from './share.ts';

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const link = (payload: string | Buffer, version = '1') => `#try=${version}.${b64(deflateRawSync(payload))}`;
const refused = async (hash: string) => {
	const opening = await openShare(hash);
	return opening.kind === 'refused' ? opening.problem : `not refused: ${opening.kind}`;
};

describe('opening a shared link', () => {
	it('round-trips what Share encodes', async () => {
		const state = { code: "console.log('é');", op: 'get-x', scenario: 'error:2307' };
		expect(await openShare(await encodeShare(state))).toEqual({ kind: 'shared', shared: state });
	});

	it('carries the platform the console runs as, and drops one that is neither SDK', async () => {
		const state = { code: 'x', platform: 'ios' as const };
		expect(await openShare(await encodeShare(state))).toEqual({ kind: 'shared', shared: state });
		const opening = await openShare(link(JSON.stringify({ code: 'x', platform: 'windows' })));
		expect(opening.kind === 'shared' && opening.shared).toEqual({ code: 'x' });
	});

	it('ignores a hash that is not a link', async () => {
		expect(await openShare('#overview')).toEqual({ kind: 'none' });
	});

	it('stops inflating a bomb at 1 MB, in well under a second', async () => {
		const bomb = link(Buffer.concat([Buffer.from('{"code":"'), Buffer.alloc(30_000_000, 'a'), Buffer.from('"}')]));
		const t0 = performance.now();
		expect(await refused(bomb)).toMatch(/^The link is too large: its code is larger than 1 MB once unpacked/);
		expect(performance.now() - t0).toBeLessThan(1000);
		// Just under the cap opens.
		const opening = await openShare(link(JSON.stringify({ code: 'a'.repeat(999_000) })));
		expect(opening.kind).toBe('shared');
	}, 20_000);

	it('names each kind of damage, and says nothing ran', async () => {
		const valid = link(JSON.stringify({ code: 'x', op: 'get-x' }));
		expect(await refused('#try=1.@@!')).toBe('The link is damaged: its data is not valid base64. The default example is shown instead. Nothing ran.');
		expect(await refused(valid.slice(0, -5))).toMatch(/^The link is incomplete: its data ends too early/);
		// Chromium's inflater fails on garbage while it is written (the e2e spec sees "damaged"); Node's only on close.
		expect(await refused('#try=1.' + b64(Buffer.from([0xff, 0xff, 0xff, 0x00])))).toMatch(/^The link is (damaged: its data could not be unpacked|incomplete)/);
		expect(await refused(link('not json'))).toMatch(/^The link is damaged: its data is not JSON\./);
		expect(await refused(link(JSON.stringify([1, 2])))).toMatch(/^The link is damaged: its data holds no code\./);
		expect(await refused(link(JSON.stringify({ code: 1 })))).toMatch(/holds no code/);
		expect(await refused(`#try=9.${valid.slice(7)}`)).toMatch(/^The link was made by an unknown version of the console \(9\)\./);
		expect(await refused('#try=')).toMatch(/unknown version of the console \(none\)/);
	});
});
