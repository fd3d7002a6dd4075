// The console's toolbar: the operation picker (playground), the scenario select and the buttons.
import type { Catalog, Operation } from '../../content-model/catalog.ts';
import type { Platform } from '../../simulator/platform.ts';
import { button, el } from './dom.ts';
import { runKeys } from './keys.ts';
import { fillScenarioSelect } from './scenario.ts';

export interface ToolbarActions {
	run(): void;
	stop(): void;
	reset(): void;
	clear(): void;
	share(): void;
	/** The playground's picker chose another operation. */
	pick(op: Operation | undefined): void;
	/** The reader chose the SDK the simulator answers as. */
	platform(platform: Platform): void;
}

export interface Toolbar {
	scenario: HTMLSelectElement;
	/** The SDK the simulator answers as: `android` or `ios`. */
	platform: HTMLSelectElement;
	runButton: HTMLButtonElement;
	stopButton: HTMLButtonElement;
}

export function fillToolbar(
	container: HTMLElement,
	id: string,
	catalog: Catalog,
	op: Operation | undefined,
	options: { picker: boolean; scenario?: string; platform: Platform },
	actions: ToolbarActions,
): Toolbar {
	const scenario = el('select', { id: `${id}-scenario`, className: 'console-select' });
	fillScenarioSelect(scenario, catalog, op, options.scenario);
	const platform = el('select', { id: `${id}-platform`, className: 'console-select' });
	platform.append(new Option('Android SDK', 'android'), new Option('iOS SDK', 'ios'));
	platform.value = options.platform;
	platform.addEventListener('change', () => actions.platform(platform.value === 'ios' ? 'ios' : 'android'));
	const runButton = button('Run', actions.run, { className: 'console-run', title: `Run (${runKeys()})` });
	const stopButton = button('Stop', actions.stop, { disabled: true });
	container.replaceChildren(
		el('div', { className: 'console-field' }, el('label', { htmlFor: scenario.id, textContent: 'Scenario' }), scenario),
		el('div', { className: 'console-field' }, el('label', { htmlFor: platform.id, textContent: 'Runs as' }), platform),
		el('div', { className: 'console-buttons' }, runButton, stopButton, button('Reset', actions.reset), button('Clear', actions.clear), button('Share', actions.share)),
	);
	if (options.picker) {
		const picker = el('select', { id: `${id}-operation`, className: 'console-select' });
		for (const o of catalog.operations) picker.append(new Option(`${o.method === 'lifecycle' ? 'sdk' : o.method} · ${o.title}`, o.slug));
		picker.value = op?.slug ?? '';
		picker.addEventListener('change', () => {
			const picked = catalog.operations.find((o) => o.slug === picker.value);
			fillScenarioSelect(scenario, catalog, picked);
			actions.pick(picked);
		});
		container.prepend(el('div', { className: 'console-field' }, el('label', { htmlFor: picker.id, textContent: 'Operation' }), picker));
	}
	return { scenario, platform, runButton, stopButton };
}
