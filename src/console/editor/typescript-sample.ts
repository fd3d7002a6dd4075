// TypeScript of the kinds the console's code and its readers write: comments, a typed function with
// await, an object and an array, a template string, a class, a regular expression, a callback and a
// timer. The page compiles the grammar on these lines (themes.ts); the build translates the patterns
// they reach, with the starting codes' (src/site/regexp-table.ts).
export const TYPESCRIPT_SAMPLE: readonly string[] = [
	'// A comment.',
	'/* A block comment. */',
	"interface Reply { status: 'SUCCEEDED' | 'FAILED'; result?: Record<string, unknown>; error?: { code: number } }",
	'type Handler = (message: Reply) => void;',
	'const seen: string[] = [];',
	'let count = 0;',
	'async function ask(api: string, params: { [key: string]: string | number } = {}): Promise<Reply> {',
	'\tconst message = (await pims.get(api, params)) as Reply;',
	'\tif (message.status === "FAILED") throw new Error(`failed ${message.error?.code ?? 0}`);',
	'\treturn message;',
	'}',
	'for (const key of Object.keys({ a: 1, b: [true, null, 2.5e3] })) seen.push(key.replace(/[a-z]+/gi, "x"));',
	'class Tracker<T> { private items: T[] = []; add(item: T): number { return this.items.push(item); } }',
	'pims.subscribe("x", {}, (message) => { count += 1; console.log(JSON.stringify(message, null, 2)); });',
	'setTimeout(() => pims.unsubscribe("x"), 5000);',
];
