// The console's side of the twin's state: which preset and settings the next run starts from, the state
// panel and the status line, and what a share link carries of them.
import type { Catalog } from '../../content-model/catalog.ts';
import type { SimState, SubscriptionInfo } from '../../simulator/index.ts';
import { DEFAULT_PRESET } from '../../simulator/presets.ts';
import { createState } from '../../simulator/state/index.ts';
import { listPresets, setSetting, settingsOf, stateSummary } from '../../simulator/twin.ts';
import type { OutputLog } from './output-log.ts';
import type { SharedState } from './share.ts';
import { setText } from './dom.ts';
import { StatePanel } from './state-panel.ts';

export interface SimulatorStateParts {
	catalog: Catalog;
	id: string;
	status: HTMLElement;
	region: HTMLElement;
	log: OutputLog;
	/** The run session's current state, and a way to replace it. */
	current(): SimState;
	replace(state: SimState): void;
	open: boolean;
}

export class SimulatorState {
	private preset = DEFAULT_PRESET;
	private settings: Record<string, boolean> = {};
	/** The state the reader set (a preset, a switch) since the last run started: the running code's own state no longer replaces it. */
	private local: SimState | undefined;
	private readonly panel: StatePanel;

	constructor(private readonly parts: SimulatorStateParts) {
		this.panel = new StatePanel({
			id: parts.id,
			open: parts.open,
			onPreset: (id) => {
				this.preset = id;
				this.settings = {};
				this.apply(`Preset: ${this.label()}. The next run starts from it.`);
			},
			onSetting: (id, on) => {
				this.settings[id] = on;
				const state = this.local ?? parts.current();
				setSetting(state, id, on);
				this.local = state;
				parts.replace(state);
				this.show(state, []);
			},
		});
		parts.region.append(this.panel.element);
	}

	/** Takes the preset and settings of a shared link; what this version does not know is said, not ignored. */
	adopt(shared: SharedState | undefined): void {
		if (!shared?.preset && !shared?.settings) return;
		if (shared.preset && !listPresets().some((p) => p.id === shared.preset))
			this.parts.log.note(`The link names a preset this version does not have (${shared.preset}); the console starts from "${this.label()}".`);
		else if (shared.preset) this.preset = shared.preset;
		const known = new Set(Object.keys(settingsOf(createState(this.parts.catalog))));
		const unknown = Object.keys(shared.settings ?? {}).filter((k) => !known.has(k));
		if (unknown.length) this.parts.log.note(`The link sets settings this version does not have: ${unknown.join(', ')}.`);
		this.settings = Object.fromEntries(Object.entries(shared.settings ?? {}).filter(([k]) => known.has(k)));
		this.apply();
	}

	/** The state of the preset with the reader's settings: what a new console and Reset start from. */
	initial(): SimState {
		const state = createState(this.parts.catalog, { preset: this.preset });
		for (const [id, on] of Object.entries(this.settings)) setSetting(state, id, on);
		return state;
	}

	/** What a share link carries: the preset, and the settings that differ from it. */
	shareFields(): Pick<SharedState, 'preset' | 'settings'> {
		const base = settingsOf(createState(this.parts.catalog, { preset: this.preset }));
		const now = settingsOf(this.parts.current());
		const changed = Object.fromEntries(Object.entries(now).filter(([k, v]) => base[k as keyof typeof base] !== v));
		return { preset: this.preset, ...(Object.keys(changed).length ? { settings: changed } : {}) };
	}

	/** A run started, or Reset: from now on the session's state is the one shown. */
	follow(): void {
		this.local = undefined;
	}

	/** The state a run reports (or Reset): shown, unless the reader changed it since the run started. */
	fromRun(state: SimState, subscriptions: readonly SubscriptionInfo[]): void {
		if (this.local) this.parts.replace(this.local);
		this.show(this.local ?? state, subscriptions);
	}

	show(state: SimState, subscriptions: readonly SubscriptionInfo[]): void {
		setText(this.parts.status, `${stateSummary(state)} Preset: ${this.label()}; Reset goes back to it.`);
		this.panel.show(state, subscriptions);
	}

	private label(): string {
		return listPresets().find((p) => p.id === this.preset)?.label ?? this.preset;
	}

	private apply(note?: string): void {
		const state = this.initial();
		this.local = state;
		this.parts.replace(state);
		this.show(state, []);
		if (note) this.parts.log.note(note);
	}
}
