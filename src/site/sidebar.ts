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

/** Short sidebar label: the API name's last part and the subname (the full name is in the tooltip and the page). */
function sidebarLabel(op: Operation): string {
	const last = op.api.split('.').at(-1) ?? op.api;
	return op.discriminator ? `${last} - ${op.discriminator.value}` : last;
}

/** The sidebar: guides, the reference index pages, then one group per component listing its operations. */
export function buildSidebar(catalog: Catalog): Array<SidebarLink | SidebarGroup> {
	const byComponent = catalog.components
		.map((c) => ({
			label: `${c.icon} ${c.name}`,
			collapsed: false,
			items: catalog.operations
				.filter((op) => op.components.includes(c.tag))
				.map(
					(op): SidebarLink => ({
						label: sidebarLabel(op),
						link: routes.operation(op.slug),
						badge: METHOD_BADGE[op.method],
						attrs: { title: `${op.method} ${op.title}` },
					}),
				),
		}))
		.filter((g) => g.items.length > 0);
	return [
		{ label: 'Guides', items: [{ label: 'Get started', link: routes.getStarted() }, { label: 'How the simulator decides', link: '/simulator/' }] },
		{ label: 'Reference', items: [{ label: 'Error codes', link: routes.errors() }] },
		...byComponent,
	];
}
