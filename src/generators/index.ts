// Generators: Kotlin and Swift examples, documented JSON messages and filled error labels, all from the content.
export { DOC_TRANSACTION_ID } from './doc-transaction.ts';
export { exampleOf, exampleObject } from './example-values.ts';
export { successMessage, failedMessage, resultEvent, messageJson } from './messages.ts';
export { documentedCall, type CallShape } from './call-shape.ts';
export { kotlinExample, kotlinLiteral } from './kotlin.ts';
export { swiftExample, swiftLiteral } from './swift.ts';
