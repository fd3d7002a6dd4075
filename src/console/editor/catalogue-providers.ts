// Completion and hover for `pims` calls, from the catalogue: API names in the first string of
// get/set/subscribe/unsubscribe, parameter keys and their string values. They stand in front of
// Monaco's TypeScript completion and hover (which know nothing of summaries, values or pages) and
// pass everything else through to them, so a list never shows an item twice.
import type { editor, languages, Position } from 'monaco-editor/editor/editor.api.js';
// Monaco's own TypeScript completion and hover, which ours wrap. They are not public API: monaco.d.ts
// and register.d.ts export only getTypeScriptWorker(), whose worker hands back TypeScript's raw
// completion entries and quick info. Rebuilding Monaco's conversion of those (item kinds, ranges,
// details, documentation tags) here would copy that module. Its path and constructors are tied to
// the monaco-editor version, which package.json pins exactly; the console-editor e2e spec (completion
// of methods and API names, hovers) fails if they change.
import { QuickInfoAdapter, SuggestAdapter } from 'monaco-editor/languages/features/typescript/languageFeatures.js';
import { callContextAt, type CallContext } from './call-context.ts';
import { apiDetail, apisOf, apiText, fieldsNamed, keyText, typeText, valuesFor, valueText, type EditorHelp, type PageUrl } from './editor-help.ts';
import type { Monaco, MonacoTypeScript } from './monaco.ts';

export function registerCatalogueHelp(monaco: Monaco, ts: MonacoTypeScript, help: EditorHelp, pageUrl: PageUrl): void {
	const defaults = ts.typescriptDefaults;
	defaults.setModeConfiguration({ ...defaults.modeConfiguration, completionItems: false, hovers: false });
	const worker = (...uris: Parameters<Awaited<ReturnType<typeof ts.getTypeScriptWorker>>>) => ts.getTypeScriptWorker().then((get) => get(...uris));
	const suggest = new SuggestAdapter(worker);
	const quickInfo = new QuickInfoAdapter(worker);
	const ours = new WeakSet<languages.CompletionItem>();
	const markdown = (value: string) => ({ value });

	function rangeOf(model: editor.ITextModel, start: number, end: number) {
		const a = model.getPositionAt(start);
		const b = model.getPositionAt(end);
		return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column);
	}

	function item(label: string, detail: string, documentation: string | undefined, kind: languages.CompletionItemKind, range: languages.CompletionItem['range']): languages.CompletionItem {
		const made: languages.CompletionItem = { label, detail, kind, insertText: label, range, ...(documentation ? { documentation: markdown(documentation) } : {}) };
		ours.add(made);
		return made;
	}

	function catalogueItems(model: editor.ITextModel, where: CallContext): languages.CompletionItem[] {
		const range = rangeOf(model, where.start, where.end);
		if (where.kind === 'api')
			return apisOf(help, where.method).map((api) => item(api, apiDetail(help, where.method, api), apiText(help, where.method, api, pageUrl), monaco.languages.CompletionItemKind.Module, range));
		if (where.kind === 'value')
			return valuesFor(help, where).map((v) =>
				item(v.value, v.description ?? v.op.title, valueText(help, { ...where, value: v.value }, pageUrl), monaco.languages.CompletionItemKind.EnumMember, range),
			);
		return [];
	}

	monaco.languages.registerCompletionItemProvider('typescript', {
		triggerCharacters: ['.', '"', "'"],
		async provideCompletionItems(model, position, context, token) {
			const where = callContextAt(model.getValue(), model.getOffsetAt(position));
			const mine = where ? catalogueItems(model, where) : [];
			if (mine.length) return { suggestions: mine };
			const list = await suggest.provideCompletionItems(model, position, context, token);
			// Parameter keys: TypeScript knows which are still missing; the catalogue says what they are.
			if (list && where?.kind === 'key') {
				for (const s of list.suggestions) {
					const key = typeof s.label === 'string' ? s.label : s.label.label;
					const found = fieldsNamed(help, where, key)[0];
					const text = keyText(help, where, key, pageUrl);
					if (!found || !text) continue;
					s.detail = `${typeText(found.field)}, ${found.field.required ? 'required' : 'optional'}`;
					s.documentation = markdown(text);
					ours.add(s);
				}
			}
			return list;
		},
		resolveCompletionItem: (it, token) => (ours.has(it) ? it : suggest.resolveCompletionItem(it, token)),
	});

	monaco.languages.registerHoverProvider('typescript', {
		provideHover(model, position: Position, token) {
			const where = callContextAt(model.getValue(), model.getOffsetAt(position));
			const text =
				where?.kind === 'api'
					? apiText(help, where.method, where.api, pageUrl)
					: where?.kind === 'key'
						? keyText(help, where, where.key, pageUrl)
						: where?.kind === 'value'
							? valueText(help, where, pageUrl)
							: undefined;
			if (where && text) return { range: rangeOf(model, where.start, where.end), contents: [markdown(text)] };
			return quickInfo.provideHover(model, position, token);
		},
	});
}
