/** The transactionId printed in documented messages, as on the published pages. */
export const DOC_TRANSACTION_ID = '953cfefb-bc72';
