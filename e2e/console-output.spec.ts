// The console's output names the call each message answers, and lays subscription events out on a
// timeline per subscription.
import { expect, test } from './fixtures.ts';
import { ReferencePage, type ConsolePanel } from './pages.ts';

async function openConsole(panel: ConsolePanel, slug: string): Promise<ConsolePanel> {
	await new ReferencePage(panel.page).goto(slug);
	await panel.open();
	return panel;
}

// The output, not the editor: the plain field, with the full editor refused.
test.use({ consoleEditor: 'plain' });

test('each message names the call it answers: method, API and discriminator', async ({ consolePanel }) => {
	const panel = await openConsole(consolePanel, 'get-authentication-trustedphonenumber');
	await panel.setCode(
		[
			`await pims.get('pims.authentication.trustedphonenumber');`,
			`await pims.set('pims.vehicle.command', { action: 'doors', doorState: 'lock' });`,
			`await pims.get('pims.not.an.api');`,
			`await pims.unsubscribe('pims.vehicle.signal');`,
		].join('\n'),
	);
	await panel.run();
	await panel.waitForMessages(4);
	const entries = panel.output().locator('.log-entry[data-status]');
	expect(await entries.evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.call))).toEqual([
		'GET authentication.trustedphonenumber',
		'SET vehicle.command - doors',
		'GET not.an.api',
		'UNSUBSCRIBE vehicle.signal',
	]);
	await expect(entries.first().locator('.log-call')).toHaveText('GET authentication.trustedphonenumber');
});

test('subscription events sit on a timeline of their own, with the calls made meanwhile', async ({ page, consolePanel }) => {
	test.setTimeout(40_000);
	const panel = await openConsole(consolePanel, 'subscribe-vehicle-connection');
	await panel.setCode(
		[
			`const events = [];`,
			`const next = () => new Promise((resolve) => events.push(resolve));`,
			`await pims.subscribe('pims.vehicle.connection', undefined, (m) => m.status === 'RESULT' && events.shift()?.());`,
			`await next();`,
			`await pims.get('pims.authentication.trustedphonenumber');`,
			`await pims.set('pims.authentication.smscode', { action: 'addPhoneNumber', smsCode: 123456, phoneNumber: '0611223344' });`,
			`await next();`,
			`await pims.unsubscribe('pims.vehicle.connection');`,
		].join('\n'),
	);
	await panel.run();
	const timeline = page.getByRole('region', { name: 'Subscription timelines' });
	const lane = timeline.locator('.timeline-lane');
	await expect(lane).toHaveCount(1);
	await expect(lane.locator('.timeline-state')).toHaveText('ended by unsubscribe', { timeout: 15_000 });
	const rows = await lane.locator('.timeline-row').evaluateAll((rs) => rs.map((r) => `${(r as HTMLElement).dataset.kind} ${r.querySelector('.timeline-what')?.textContent}`));
	// The get is not a command, so it is not on the timeline; the set is.
	expect(rows).toEqual(['start subscribed', 'result event 1', 'context SET authentication.smscode - addPhoneNumber', 'result event 2', 'end unsubscribed']);
	await expect(lane.locator('.timeline-head')).toContainText('SUBSCRIBE vehicle.connection');
	// In the log, each event says which subscription it belongs to and when it came.
	const result = panel.output().locator('.log-entry[data-status="RESULT"]').first();
	await expect(result.locator('.log-call')).toHaveText(/^SUBSCRIBE vehicle\.connection · event 1, \+\d+ ms after it started$/);
});
