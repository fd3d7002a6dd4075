// The "Scenario" select: documented outcomes of the operation first, then conditions that hold for every call.
import type { Catalog, Operation } from '../../content-model/catalog.ts';
import { CODE } from '../../sdk/index.ts';
import type { Platform } from '../../simulator/platform.ts';
import { outcomeFromId, scenarioOptions, type Conditions, type ScenarioChoice } from '../../simulator/scenarios.ts';

export const CONDITIONS = [
	{ id: 'condition:offline', label: `Offline: no internet (${CODE.noInternet} where documented)` },
	{ id: 'condition:slow-network', label: `Slow network: past the timeout (${CODE.timeout} where documented)` },
	{ id: 'condition:not-initialized', label: `Facade not initialized (${CODE.facadeNotInitialized})` },
] as const;

export interface ScenarioSetting {
	scenario?: ScenarioChoice;
	conditions: Conditions;
	notInitialized: boolean;
	/** The SDK the run answers as (the console's platform select). */
	platform?: Platform;
}

export function fillScenarioSelect(select: HTMLSelectElement, catalog: Catalog, op: Operation | undefined, selected = 'success'): void {
	select.replaceChildren();
	const documented = document.createElement('optgroup');
	documented.label = op ? `Documented outcomes of ${op.title}` : 'Documented outcomes';
	const options = op ? scenarioOptions(catalog, op) : [{ id: 'success', label: 'Documented success' }];
	for (const o of options) documented.append(new Option(o.label, o.id));
	const conditions = document.createElement('optgroup');
	conditions.label = 'For every call';
	for (const c of CONDITIONS) conditions.append(new Option(c.label, c.id));
	select.append(documented, conditions);
	select.value = [...select.options].some((o) => o.value === selected) ? selected : 'success';
}

/** What a select value means for the next run; an unknown value is reported, never ignored. */
export function readScenario(value: string, op: Operation | undefined): ScenarioSetting | { error: string } {
	const base: ScenarioSetting = { conditions: { offline: false, slowNetwork: false }, notInitialized: false };
	if (value === 'condition:offline') return { ...base, conditions: { offline: true, slowNetwork: false } };
	if (value === 'condition:slow-network') return { ...base, conditions: { offline: false, slowNetwork: true } };
	if (value === 'condition:not-initialized') return { ...base, notInitialized: true };
	const outcome = outcomeFromId(value);
	if (!outcome) return { error: `Unknown scenario "${value}".` };
	if (outcome.kind === 'success') return base;
	if (!op) return { error: 'Pick an operation before forcing one of its errors.' };
	return { ...base, scenario: { operation: op.slug, outcome } };
}
