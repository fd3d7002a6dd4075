// Generators: Kotlin and Swift examples, documented JSON messages and filled error labels, all from the content.
export { STATUS, DOC_TRANSACTION_ID, type Status } from './status.ts';
export { exampleOf, exampleObject, type Json } from './example-values.ts';
export { fillLabel, defaultParameter } from './labels.ts';
export { successMessage, failedMessage, resultEvent, messageJson, type Message } from './messages.ts';
export { documentedCall, type CallShape } from './call-shape.ts';
export { kotlinExample, kotlinLiteral } from './kotlin.ts';
export { swiftExample, swiftLiteral } from './swift.ts';
