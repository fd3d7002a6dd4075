// Generators: one structured call model printed as Kotlin, Swift and JavaScript; JSON printing of messages; the console's declarations.
//
// The call model (call-model.ts), for anyone who needs an example other than the documented one:
//   documentedExample(documentedCall(op))  -> Example: { steps: [{ comments, call }] }; a subscription has a
//                                             second step, the unsubscribe call, under "// later, to stop the events"
//   Call      { kind: get | set | subscribe | unsubscribe | lifecycle, name, params?, androidContext?, handlers, delayMs? }
//   Handler   { status: SUCCEEDED | FAILED | RESULT | 'any', body: Statement[] }  ('any': the whole callback body)
//   Statement { kind: 'comment', text }                          a lone comment prints as `"FAILED" -> { } // text`
//             { kind: 'code', lines: { kotlin?, swift?, javascript? } }  arbitrary statements, one string per line,
//                                                                indented by the printer; a printer whose language
//                                                                is missing throws
//             { kind: 'switch-code', cases: [{ code, body }], otherwise }  a when/switch over message.error.code
//   withHandler(example, STATUS.failed, body)  -> the same example with the first call's FAILED branch doing `body`
//   printKotlin(example), printSwift(example), printJavaScript(example)  -> source text
// Build an Example by hand for anything else (several calls, typed result reads in `code` statements);
// never edit the printed text.
// The documented messages are content facts (content-model/), shared with the simulator; re-exported for the pages.
export { successMessage, failedMessage, resultEvent } from '../content-model/documented-messages.ts';
export { messageJson } from './messages.ts';
export { documentedCall, hasCallOn, type CallShape } from './call-shape.ts';
export { comment, documentedExample, withHandler, type Example, type Statement } from './call-model.ts';
export { kotlinExample, printKotlin } from './kotlin.ts';
export { swiftExample, printSwift } from './swift.ts';
