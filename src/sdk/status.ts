/** The status strings the SDK puts in every message. Generators, simulator and console all use these. */
export const STATUS = {
	succeeded: 'SUCCEEDED',
	failed: 'FAILED',
	result: 'RESULT',
} as const;

export type Status = (typeof STATUS)[keyof typeof STATUS];
