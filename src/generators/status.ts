/** The status strings the SDK puts in every message. Every generator and the simulator use these. */
export const STATUS = {
	succeeded: 'SUCCEEDED',
	failed: 'FAILED',
	result: 'RESULT',
} as const;

export type Status = (typeof STATUS)[keyof typeof STATUS];

/** The transactionId printed in documented messages, as on the published pages. */
export const DOC_TRANSACTION_ID = '953cfefb-bc72';
