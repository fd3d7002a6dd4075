import type { Message } from './message.ts';

export interface CallArgs<C> {
	params: unknown;
	/** The callback, when one was passed; anything else that is not a function is no callback. */
	callback: C | undefined;
}

/**
 * What `pims.get/set/subscribe(api, params?, callback?)` was given. Like the SDK, params may be
 * left out, `get(api, callback)`: a function in the params position is then the callback.
 */
export function callArgs<C extends (message: Message) => void = (message: Message) => void>(params: unknown, callback?: unknown): CallArgs<C> {
	if (typeof params === 'function' && callback === undefined) return { params: undefined, callback: params as C };
	return { params, callback: typeof callback === 'function' ? (callback as C) : undefined };
}
