import type { Catalog, Method, Operation } from '../content-model/index.ts';
import { routes } from './paths.ts';

/** Badge text and Starlight badge variant per method, shared by the sidebar and the pages. */
export const METHOD_BADGE: Record<Method, { text: string; variant: 'note' | 'tip' | 'caution' | 'success' }> = {
	get: { text: 'GET', variant: 'note' },
	set: { text: 'SET', variant: 'caution' },
	subscribe: { text: 'SUB', variant: 'success' },
	lifecycle: { text: 'SDK', variant: 'tip' },
};

interface SidebarLink {
	label: string;
	link: string;
	badge?: { text: string; variant: 'note' | 'tip' | 'caution' | 'success' };
	attrs?: Record<string, string>;
}
interface SidebarGroup {
	label: string;
	collapsed?: boolean;
	items: Array<SidebarLink | SidebarGroup>;
}

/** Sidebar label: the method and the full API name without `pims.`, then the subname, e.g. `SET authentication.smscode - addPhoneNumber`. */
export function sidebarLabel(op: Operation): string {
	const name = op.api.replace(/^pims\./, '');
	return `${METHOD_BADGE[op.method].text} ${name}${op.discriminator ? ` - ${op.discriminator.value}` : ''}`;
}

/** The sidebar: guides, the reference index pages, then one group per component: its page, then its operations. */
export function buildSidebar(catalog: Catalog, guides: Array<{ label: string; link: string }> = []): Array<SidebarLink | SidebarGroup> {
	const byComponent = catalog.components
		.map((c) => ({ c, ops: catalog.operations.filter((op) => op.components.includes(c.tag)) }))
		.filter(({ ops }) => ops.length > 0)
		.map(({ c, ops }): SidebarGroup => ({
			label: `${c.icon} ${c.name}`,
			collapsed: true,
			items: [
				{ label: 'Overview', link: routes.component(c.tag), attrs: { title: `${c.name} (${c.tag})` } },
				...ops.map((op): SidebarLink => ({
					label: sidebarLabel(op),
					link: routes.operation(op.slug),
					attrs: { title: `${op.method} ${op.title}` },
				})),
			],
		}));
	return [
		{
			label: 'Guides',
			items: [
				{ label: 'Get started', link: routes.getStarted() },
				{ label: 'Playground', link: '/playground/' },
				...guides.map(({ label, link }) => ({ label, link })),
				{ label: 'How the simulator decides', link: '/simulator/' },
			],
		},
		{
			label: 'Platforms',
			items: [
				{ label: 'Android (Kotlin)', link: routes.platform('android') },
				{ label: 'iOS (Swift)', link: routes.platform('ios') },
			],
		},
		{
			label: 'Reference',
			items: [
				{ label: 'API index', link: routes.index() },
				{ label: 'Error codes', link: routes.errors() },
				{ label: 'Changelog', link: routes.changelog() },
				{ label: 'Corrections', link: routes.corrections() },
			],
		},
		...byComponent,
	];
}
