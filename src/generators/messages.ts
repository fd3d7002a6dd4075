import type { Message } from '../sdk/index.ts';

/** Messages as the pages print them: two-space JSON, key order as built. */
export function messageJson(msg: Message): string {
	return JSON.stringify(msg, null, 2);
}
