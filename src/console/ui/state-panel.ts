// The state panel: the preset the simulator starts from, the phone's and the car's settings as switches,
// and what the simulator remembers, updated as a run changes it. Text nodes only.
import type { SimState, SubscriptionInfo } from '../../simulator/index.ts';
import { listPresets, SETTINGS } from '../../simulator/twin.ts';
import { breakableText, el, setText } from './dom.ts';
import { stateGroups } from './state-view.ts';
import './state-panel.css';

export interface StatePanelOptions {
	id: string;
	open: boolean;
	onPreset(id: string): void;
	onSetting(id: string, on: boolean): void;
}

/** The panel's contents, built when it is first opened. */
interface PanelBody {
	preset: HTMLSelectElement;
	description: HTMLElement;
	switches: Map<string, HTMLInputElement>;
	groups: HTMLElement;
}

export class StatePanel {
	readonly element: HTMLDetailsElement;
	private body: PanelBody | undefined;
	/** The last state shown, for a panel opened after it came. */
	private last: [SimState, readonly SubscriptionInfo[]] | undefined;
	private shown = new Map<string, string>();

	constructor(private readonly options: StatePanelOptions) {
		const summary = el('summary', { textContent: 'Simulator state: preset, phone and car settings, what it remembers' });
		this.element = el('details', { className: 'console-state', open: options.open }, summary);
		// A closed panel is built when first opened: its 150 elements would otherwise be styled and laid out
		// with the console, on a long page, while the full editor loads. A click on the summary comes before
		// the panel opens; `toggle` covers a panel opened another way.
		if (options.open) this.build();
		summary.addEventListener('click', () => this.build());
		this.element.addEventListener('toggle', () => this.element.open && this.build());
	}

	private build(): void {
		if (this.body) return;
		const { id } = this.options;
		const preset = el('select', { id: `${id}-preset`, className: 'console-select' });
		for (const p of listPresets()) preset.append(new Option(p.label, p.id));
		preset.addEventListener('change', () => this.options.onPreset(preset.value));
		const description = el('p', { className: 'state-description', id: `${id}-preset-description` });
		preset.setAttribute('aria-describedby', description.id);
		const settings = el('fieldset', { className: 'state-settings' }, el('legend', { textContent: 'Phone and car' }));
		const switches = new Map<string, HTMLInputElement>();
		for (const s of SETTINGS) {
			const box = el('input', { type: 'checkbox', id: `${id}-setting-${s.id}`, dataset: { setting: s.id } });
			box.addEventListener('change', () => this.options.onSetting(s.id, box.checked));
			switches.set(s.id, box);
			settings.append(el('span', { className: 'state-switch' }, box, el('label', { htmlFor: box.id, textContent: s.label })));
		}
		const groups = el('div', { className: 'state-groups' });
		this.element.append(
			el('div', { className: 'state-controls' }, el('div', { className: 'console-field' }, el('label', { htmlFor: preset.id, textContent: 'Preset' }), preset), settings),
			description,
			el('p', { className: 'state-note', textContent: 'A change here applies from the next Run; Reset goes back to the preset.' }),
			groups,
		);
		this.body = { preset, description, switches, groups };
		if (this.last) this.render(this.body, ...this.last);
	}

	/** Shows a state; values that changed since the last one are marked until the next update. */
	show(state: SimState, subscriptions: readonly SubscriptionInfo[]): void {
		this.last = [state, subscriptions];
		if (this.body) this.render(this.body, state, subscriptions);
	}

	private render(body: PanelBody, state: SimState, subscriptions: readonly SubscriptionInfo[]): void {
		const { preset, description, switches } = body;
		// Only what differs is written: each Run shows the state again, and an unchanged panel costs the page no layout.
		if (preset.value !== state.preset) preset.value = state.preset;
		setText(description, listPresets().find((p) => p.id === state.preset)?.description ?? '');
		for (const s of SETTINGS) {
			const box = switches.get(s.id);
			if (box && box.checked !== s.get(state)) box.checked = s.get(state);
		}
		const groups = stateGroups(state, subscriptions);
		const rows = groups.flatMap((g) => g.rows.map(([label, value]): [string, string] => [`${g.title}/${label}`, value]));
		const before = [...this.shown];
		if (rows.length === before.length && rows.every(([key, value], i) => before[i]![0] === key && before[i]![1] === value)) {
			for (const row of body.groups.querySelectorAll<HTMLElement>('[data-changed]')) delete row.dataset.changed;
			return;
		}
		const first = this.shown.size === 0;
		const sections = groups.map((g) => {
			const dl = el('dl');
			for (const [label, value] of g.rows) {
				const changed = !first && this.shown.get(`${g.title}/${label}`) !== value;
				dl.append(el('div', { className: 'state-row', dataset: changed ? { changed: 'true' } : {} }, el('dt', { textContent: label }), el('dd', {}, ...breakableText(value))));
			}
			return el('section', { className: 'state-group' }, el('h4', { textContent: g.title }), dl);
		});
		this.shown = new Map(rows);
		body.groups.replaceChildren(...sections);
	}
}
