// Where a position in the console's code stands relative to a `pims` call: in its API name, on a
// parameter's key, or in a parameter's string value. A small forward scan (strings, comments,
// brackets) is enough for the code people write in the console, and it works on unfinished code.

export type CallMethod = 'get' | 'set' | 'subscribe' | 'unsubscribe';

interface Where {
	method: CallMethod;
	/** Offsets of the word or string contents the position is in (end excluded). */
	start: number;
	end: number;
}

export type CallContext =
	| (Where & { kind: 'api'; api: string })
	| (Where & {
			kind: 'key' | 'value';
			/** The call's API name, when it was written as a string literal. */
			api: string | undefined;
			/** Keys of the objects around this one, outermost first (empty for the params themselves). */
			path: string[];
			key: string;
			/** Only for `value`: the string written. */
			value: string;
			/** String values given at this level of the params, e.g. a `type` discriminator. */
			given: Record<string, string>;
	  });

const METHODS = new Set<string>(['get', 'set', 'subscribe', 'unsubscribe']);

interface Frame {
	open: string;
	method?: CallMethod;
	api?: string;
	/** Call frames: which argument, and how many tokens it has so far. */
	arg: number;
	tokens: number;
	/** Object and array frames inside a call's params: their key path. */
	path?: string[];
	expectKey: boolean;
	key?: string;
	given: Record<string, string>;
}

const CLOSE: Record<string, string> = { ')': '(', '}': '{', ']': '[' };

function child(open: string, parent: Frame | undefined, recent: string[]): Frame {
	const frame: Frame = { open, arg: 0, tokens: 0, expectKey: open === '{', given: {} };
	if (open === '(') {
		const [a, dot, m] = recent.slice(-3);
		if (a === 'pims' && dot === '.' && m !== undefined && METHODS.has(m)) frame.method = m as CallMethod;
		return frame;
	}
	if (!parent?.method) return frame;
	frame.method = parent.method;
	frame.api = parent.api;
	if (parent.open === '(' && parent.arg === 1 && open === '{') frame.path = [];
	else if (parent.open === '{' && parent.path && !parent.expectKey && parent.key !== undefined) frame.path = [...parent.path, parent.key];
	else if (parent.open === '[' && parent.path) frame.path = parent.path;
	return frame;
}

/** The call context at `offset`, or undefined when the position is not in a `pims` call's name or params. */
export function callContextAt(code: string, offset: number): CallContext | undefined {
	const stack: Frame[] = [];
	const recent: string[] = [];
	let found: CallContext | undefined;
	let foundFrame: Frame | undefined;
	const top = () => stack[stack.length - 1];
	const remember = (token: string) => {
		recent.push(token);
		if (recent.length > 3) recent.shift();
	};
	const keyContext = (frame: Frame, key: string, start: number, end: number): CallContext | undefined =>
		frame.method && frame.path ? { kind: 'key', method: frame.method, api: frame.api, path: frame.path, key, value: '', given: frame.given, start, end } : undefined;
	const settle = (context: CallContext | undefined, frame: Frame | undefined) => {
		found = context;
		foundFrame = context ? frame : undefined;
	};
	let i = 0;
	while (i < code.length) {
		const c = code[i]!;
		const frame = top();
		if (found === undefined && foundFrame === undefined && (i > offset || (i === offset && !/[\w$"'`]/.test(c))) && !/\s/.test(c)) {
			// The position is in white space, e.g. right after `{` or `,`: a key may go there.
			if (frame?.open === '{' && frame.expectKey) settle(keyContext(frame, '', offset, offset), frame);
			if (!found) return undefined;
		}
		if (/\s/.test(c)) {
			i++;
			continue;
		}
		if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
			const end = code[i + 1] === '/' ? code.indexOf('\n', i) : code.indexOf('*/', i + 2) + 2;
			const stop = end <= 1 ? code.length : end;
			if (!found && offset > i && offset < stop) return undefined;
			i = stop;
			continue;
		}
		if (c === '"' || c === "'" || c === '`') {
			let j = i + 1;
			while (j < code.length && code[j] !== c && (c === '`' || code[j] !== '\n')) j += code[j] === '\\' ? 2 : 1;
			const closed = j < code.length && code[j] === c;
			const text = code.slice(i + 1, j);
			if (!found && offset > i && offset <= j) {
				if (c === '`' || !frame?.method) return undefined;
				const at = { method: frame.method, start: i + 1, end: j };
				if (frame.open === '(' && frame.arg === 0 && frame.tokens === 0) return { kind: 'api', api: text, ...at };
				if (frame.open !== '{' || !frame.path) return undefined;
				if (frame.expectKey) settle(keyContext(frame, text, i + 1, j), frame);
				else settle({ kind: 'value', api: frame.api, path: frame.path, key: frame.key ?? '', value: text, given: frame.given, ...at }, frame);
			}
			if (frame?.open === '(') {
				if (frame.arg === 0 && frame.tokens === 0) frame.api = text;
				frame.tokens++;
			} else if (frame?.open === '{') {
				if (frame.expectKey) frame.key = text;
				else if (frame.key !== undefined) frame.given[frame.key] = text;
			}
			remember('"');
			i = closed ? j + 1 : j;
			continue;
		}
		const word = /^[A-Za-z_$][\w$]*/.exec(code.slice(i, i + 200))?.[0];
		if (word) {
			const end = i + word.length;
			if (!found && offset >= i && offset <= end) {
				if (frame?.open !== '{' || !frame.expectKey) return undefined;
				settle(keyContext(frame, word, i, end), frame);
				if (!found) return undefined;
			}
			if (frame?.open === '{' && frame.expectKey) frame.key = word;
			if (frame?.open === '(') frame.tokens++;
			remember(word);
			i = end;
			continue;
		}
		if (c === '(' || c === '{' || c === '[') {
			if (frame?.open === '(') frame.tokens++;
			stack.push(child(c, frame, recent));
		} else if (CLOSE[c]) {
			if (frame?.open === CLOSE[c]) stack.pop();
			if (foundFrame && !stack.includes(foundFrame)) break;
		} else if (c === ',') {
			if (frame?.open === '(') {
				frame.arg++;
				frame.tokens = 0;
			} else if (frame?.open === '{') {
				frame.expectKey = true;
				frame.key = undefined;
			}
		} else if (c === ':' && frame?.open === '{') frame.expectKey = false;
		else if (frame?.open === '(') frame.tokens++;
		remember(c);
		i++;
	}
	if (!found && foundFrame === undefined && offset >= code.length) {
		const frame = top();
		if (frame?.open === '{' && frame.expectKey) return keyContext(frame, '', offset, offset);
	}
	return found;
}
