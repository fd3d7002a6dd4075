// SDK vocabulary: messages, status literals, named error codes, label filling, call arguments, the dictionary check. Browser-safe: no zod, no node:*.
export { STATUS, type Status } from './status.ts';
export type { Json, JsonObject, Message, MessageError } from './message.ts';
export { CODE, FIRST_FAMILY_CODE } from './codes.ts';
export { OP } from './operations.ts';
export { fillLabel, defaultParameter, type LabelSource } from './label.ts';
export { callArgs } from './call-args.ts';
export { isDictionary } from './dictionary.ts';
