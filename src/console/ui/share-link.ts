// The Share button: the console's code and settings as a link, put in the address bar and, where the
// page may, on the clipboard.
import { encodeShare, type SharedState } from './share.ts';

/** Puts the link in the address bar, tries the clipboard, and says in `result` where the link is. */
export async function shareLink(state: SharedState, result: HTMLElement): Promise<void> {
	const hash = await encodeShare(state);
	const url = `${location.href.split('#')[0]}${hash}`;
	history.replaceState(null, '', hash);
	try {
		await navigator.clipboard.writeText(url);
		result.textContent = 'Link copied. Opening it fills the console without running it.';
	} catch {
		result.textContent = 'The link is in the address bar. Opening it fills the console without running it.';
	}
}
