// The benchmark's baselines, built in the same run with the project's own versions: a bare Monaco
// TypeScript editor (the package's main entry, opened by a button as the console is), Monaco's core
// with TypeScript only, the same plus the console's editor features, and a plain Starlight page.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const WORKERS = `import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker.js?worker';
self.MonacoEnvironment = { getWorker: (_id, label) => (label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker()) };`;

const open = (imports: string, create: string) => `${WORKERS}
document.querySelector('button').addEventListener('click', async () => {
	performance.mark('bare:open');
	${imports}
	${create}
	performance.mark('bare:ready');
	document.body.dataset.ready = 'true';
});`;

const CODE = 'const message = await pims.get("pims.authentication.trustedphonenumber");\\n';
// Monaco's core declares no languages; the console declares TypeScript itself (src/console/editor/monaco.ts), so
// that its TypeScript mode, and its worker, load.
const CORE_CREATE = `monaco.languages.register({ id: 'typescript', extensions: ['.ts'] }); monaco.editor.create(document.getElementById('e'), { value: '${CODE}', language: 'typescript' });`;
const PAGES: Record<string, string> = {
	// What a page using Monaco for TypeScript usually loads: the whole package.
	bare: open(`const monaco = await import('monaco-editor');`, `monaco.editor.create(document.getElementById('e'), { value: '${CODE}', language: 'typescript' });`),
	core: open(`const monaco = await import('monaco-editor/editor/editor.api.js'); await import('monaco-editor/languages/features/typescript/register.js');`, CORE_CREATE),
	features: open(
		`const monaco = await import('monaco-editor/editor/editor.api.js'); await import('monaco-editor/languages/features/typescript/register.js'); await import('${resolve('src/console/editor/features.ts')}');`,
		CORE_CREATE,
	),
};

export async function buildMonacoBaselines(dir: string): Promise<void> {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const input: Record<string, string> = {};
	for (const [name, script] of Object.entries(PAGES)) {
		writeFileSync(join(dir, `${name}.ts`), script);
		writeFileSync(join(dir, `${name}.html`), `<!doctype html><html><body><button>Open</button><div id="e" style="height:300px"></div><script type="module" src="./${name}.ts"></script></body></html>`);
		// Absolute: Vite 8's bundler reads a relative entry as a package name.
		input[name] = resolve(dir, `${name}.html`);
	}
	await build({ root: resolve(dir), base: './', logLevel: 'warn', build: { outDir: resolve(dir, 'out'), emptyOutDir: true, rollupOptions: { input } } });
}

/** A one-page Starlight site with the project's Astro and Starlight, no custom CSS or components. */
export function buildPlainStarlight(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Plain' })] });\n`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
	writeFileSync(
		join(dir, 'src/content/docs/index.md'),
		`---\ntitle: A plain page\n---\n\nA paragraph of text.\n\n## A section\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n\`\`\`js\nconsole.log('code');\n\`\`\`\n`,
	);
	execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], { stdio: 'ignore' });
}
