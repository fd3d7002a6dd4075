// An Astro integration that serves a module computed at build time under a `virtual:` id; its source is built once.
import type { AstroIntegration } from 'astro';

export function virtualModule(name: string, id: string, source: () => string | Promise<string>): AstroIntegration {
	const resolved = `\0${id}`;
	let built: Promise<string> | undefined;
	return {
		name,
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name,
								resolveId: (requested) => (requested === id ? resolved : undefined),
								load: (requested) => (requested === resolved ? (built ??= Promise.resolve(source())) : undefined),
							},
						],
					},
				});
			},
		},
	};
}
