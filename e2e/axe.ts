// The serious and critical axe violations of a page, one line each, for the accessibility checks of several specs.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function seriousViolations(page: Page): Promise<string[]> {
	// Starlight's own search button shows "Ctrl K" beside its label; that markup is the framework's, not ours.
	// Violations only: building the passing and inapplicable results too more than doubles axe's time on long pages.
	const results = await new AxeBuilder({ page })
		.options({ resultTypes: ['violations'] })
		.exclude('button[data-open-modal]')
		.analyze();
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
