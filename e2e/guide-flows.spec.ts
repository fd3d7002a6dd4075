// Every sequence diagram of the built guides: its "Run this flow" link opens the console on the flow, which
// does not run until Run; running it gives the messages the diagram shows the app receiving, in order.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const guides = resolve(import.meta.dirname, '..', process.env.PIMS_DIST ?? 'dist', 'guides');
const diagrams = readdirSync(guides, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.flatMap((d) => [...readFileSync(join(guides, d.name, 'index.html'), 'utf8').matchAll(/data-sequence="([^"]+)"/g)].map((m) => ({ guide: d.name, id: m[1]! })));

interface Expected {
	call: string;
	status: string;
	code: string | undefined;
	group: string;
	inRun: string;
}

test('the guides have sequence diagrams to run', () => {
	// Subscriptions, trusted phone number, remote commands: a guide losing its diagram should be noticed.
	expect(diagrams.length).toBeGreaterThanOrEqual(3);
});

// The flow's code and its run, not the editor: the plain field, with the full editor refused.
test.use({ consoleEditor: 'plain' });

for (const { guide, id } of diagrams) {
	test(`Run this flow: ${guide}, diagram ${id}`, async ({ page, consolePanel }) => {
		test.setTimeout(60_000);
		await page.goto(`guides/${guide}/`);
		const figure = page.locator(`figure[data-sequence="${id}"]`);
		const shown = await figure.locator('li[data-expect-status]').evaluateAll((items) =>
			items.map((li): Expected => {
				const d = (li as HTMLElement).dataset;
				return { call: d.expectCall ?? '', status: d.expectStatus ?? '', code: d.expectCode, group: d.group ?? '', inRun: d.inRun ?? '' };
			}),
		);
		// Alternatives share a group: a run gives one message of each group, in order.
		const groups: Expected[][] = [];
		for (const m of shown.filter((s) => s.inRun === 'true')) {
			const last = groups.at(-1);
			if (last && last[0]?.group === m.group) last.push(m);
			else groups.push([m]);
		}
		expect(groups.length).toBeGreaterThan(0);

		const note = (await figure.locator('.seq-run span').textContent()) ?? '';
		const presetLabel = /“(.+)”/.exec(note)?.[1];
		expect(presetLabel).toBeTruthy();
		await figure.getByRole('link', { name: 'Run this flow' }).click();
		await expect(page).toHaveURL(/\/playground\/#try=1\./);
		const panel = consolePanel;
		await panel.open();
		expect(await panel.code()).toContain('// Run this flow:');
		// The console starts from the preset the diagram names.
		await expect(page.getByRole('combobox', { name: 'Preset' }).locator('option:checked')).toHaveText(presetLabel!);
		await page.waitForTimeout(300);
		await expect(panel.output().locator('.log-entry')).toHaveCount(0);

		await panel.run();
		await panel.waitForMessages(groups.length);
		// Nothing more arrives: the flow ends where the diagram does.
		await page.waitForTimeout(1500);
		const got = await panel
			.output()
			.locator('.log-entry[data-status]')
			.evaluateAll((items) => items.map((e) => ({ call: (e as HTMLElement).dataset.call ?? '', status: (e as HTMLElement).dataset.status ?? '', code: (e as HTMLElement).dataset.code })));
		await expect(panel.output().locator('.log-error')).toHaveCount(0);
		const describe = (m: { call: string; status: string; code: string | undefined }) => `${m.call} ${m.status}${m.code ? ` ${m.code}` : ''}`;
		expect(got.map(describe)).toEqual(
			groups.map((g, i) => (g.map(describe).includes(describe(got[i] ?? { call: '', status: '', code: undefined })) ? describe(got[i]!) : g.map(describe).join(' | '))),
		);
	});
}
