// Monaco's editor features the console offers. editor.api.js alone has none of them: without these
// imports there is no completion list, hover, find widget or F8. Imported by monaco.ts only, so
// they load with the console and never with a reference page.
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/features/suggest/register.js';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/features/snippet/register.js';
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/parameterHints/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/gotoError/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/wordOperations/register.js';
