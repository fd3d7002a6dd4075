/**
 * Whether a value can be what the SDK takes as a dictionary (a call's params, a message's result or error):
 * an object that is neither null nor an array. Its values are left for the caller to check.
 */
export function isDictionary(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
