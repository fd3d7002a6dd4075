// The state panel: the preset the simulator starts from, the phone's and the car's settings as switches,
// and what the simulator remembers, updated as a run changes it. Text nodes only.
import { listPresets, SETTINGS, type SimState, type SubscriptionInfo } from '../../simulator/index.ts';
import { el, setText } from './dom.ts';
import { stateGroups } from './state-view.ts';
import './state-panel.css';

export interface StatePanelOptions {
	id: string;
	open: boolean;
	onPreset(id: string): void;
	onSetting(id: string, on: boolean): void;
}

export class StatePanel {
	readonly element: HTMLDetailsElement;
	private readonly preset: HTMLSelectElement;
	private readonly description: HTMLElement;
	private readonly switches = new Map<string, HTMLInputElement>();
	private readonly groups: HTMLElement;
	private shown = new Map<string, string>();

	constructor(options: StatePanelOptions) {
		const { id } = options;
		this.preset = el('select', { id: `${id}-preset`, className: 'console-select' });
		for (const p of listPresets()) this.preset.append(new Option(p.label, p.id));
		this.preset.addEventListener('change', () => options.onPreset(this.preset.value));
		this.description = el('p', { className: 'state-description', id: `${id}-preset-description` });
		this.preset.setAttribute('aria-describedby', this.description.id);
		const settings = el('fieldset', { className: 'state-settings' }, el('legend', { textContent: 'Phone and car' }));
		for (const s of SETTINGS) {
			const box = el('input', { type: 'checkbox', id: `${id}-setting-${s.id}`, dataset: { setting: s.id } });
			box.addEventListener('change', () => options.onSetting(s.id, box.checked));
			this.switches.set(s.id, box);
			settings.append(el('span', { className: 'state-switch' }, box, el('label', { htmlFor: box.id, textContent: s.label })));
		}
		this.groups = el('div', { className: 'state-groups' });
		this.element = el(
			'details',
			{ className: 'console-state', open: options.open },
			el('summary', { textContent: 'Simulator state: preset, phone and car settings, what it remembers' }),
			el('div', { className: 'state-controls' }, el('div', { className: 'console-field' }, el('label', { htmlFor: this.preset.id, textContent: 'Preset' }), this.preset), settings),
			this.description,
			el('p', { className: 'state-note', textContent: 'A change here applies from the next Run; Reset goes back to the preset.' }),
			this.groups,
		);
	}

	/** Shows a state; values that changed since the last one are marked until the next update. */
	show(state: SimState, subscriptions: readonly SubscriptionInfo[]): void {
		// Only what differs is written: each Run shows the state again, and an unchanged panel costs the page no layout.
		if (this.preset.value !== state.preset) this.preset.value = state.preset;
		setText(this.description, listPresets().find((p) => p.id === state.preset)?.description ?? '');
		for (const s of SETTINGS) {
			const box = this.switches.get(s.id);
			if (box && box.checked !== s.get(state)) box.checked = s.get(state);
		}
		const groups = stateGroups(state, subscriptions);
		const rows = groups.flatMap((g) => g.rows.map(([label, value]): [string, string] => [`${g.title}/${label}`, value]));
		const before = [...this.shown];
		if (rows.length === before.length && rows.every(([key, value], i) => before[i]![0] === key && before[i]![1] === value)) {
			for (const row of this.groups.querySelectorAll<HTMLElement>('[data-changed]')) delete row.dataset.changed;
			return;
		}
		const first = this.shown.size === 0;
		const sections = groups.map((g) => {
			const dl = el('dl');
			for (const [label, value] of g.rows) {
				const changed = !first && this.shown.get(`${g.title}/${label}`) !== value;
				dl.append(el('div', { className: 'state-row', dataset: changed ? { changed: 'true' } : {} }, el('dt', { textContent: label }), el('dd', { textContent: value })));
			}
			return el('section', { className: 'state-group' }, el('h4', { textContent: g.title }), dl);
		});
		this.shown = new Map(rows);
		this.groups.replaceChildren(...sections);
	}
}
