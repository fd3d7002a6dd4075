// The serious and critical axe violations of a page, one line each, for the accessibility checks of several specs.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rules whose outcome depends on the colours alone. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * `colours`: the page is the same DOM as one already checked in full, in the other colour scheme, so only the colour
 * rules can find anything new (they are about two fifths of axe's time on a long page).
 */
export async function seriousViolations(page: Page, only?: 'colours'): Promise<string[]> {
	// Starlight's own search button shows "Ctrl K" beside its label; that markup is the framework's, not ours.
	// Violations only: building the passing and inapplicable results too more than doubles axe's time on long pages.
	let axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).exclude('button[data-open-modal]');
	if (only === 'colours') axe = axe.withRules(COLOUR_RULES);
	const results = await axe.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.impact} ${v.id}: ${v.help} (${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join('; ')})`,
		);
}
