// Runs the editor's code in the sandbox: JavaScript at once, TypeScript after compiling it only when
// the code does not parse as JavaScript. Keeps the simulator's state from one run to the next.
import type { Catalog } from '../../content-model/catalog.ts';
import type { SimState, SubscriptionInfo } from '../../simulator/index.ts';
import { createState } from '../../simulator/state/index.ts';
import { parseState } from '../../simulator/twin.ts';
import type { CodeEditor } from '../editor/code-editor.ts';
import type { RunEvent, SdkCall } from '../protocol.ts';
import { haltMessage, REPLACED_NOTE } from '../sandbox/limits.ts';
import type { Sandbox, SandboxListener } from '../sandbox/host.ts';
import type { OutputLog } from './output-log.ts';
import type { ScenarioSetting } from './scenario.ts';

export interface RunSessionParts {
	catalog: Catalog;
	log: OutputLog;
	editor(): CodeEditor;
	createSandbox(listener: SandboxListener): Sandbox;
	/** Running started or ended (the Stop button follows). */
	onRunning(running: boolean): void;
	/** The state changed: a run's message, Reset, or a preset or setting picked in the state panel. */
	onState(state: SimState, subscriptions: readonly SubscriptionInfo[]): void;
	/** The state a new console and Reset start from (the state panel's preset); the default preset otherwise. */
	initialState?(): SimState;
	/** The calls of the current run so far. */
	onCalls(calls: readonly SdkCall[]): void;
	/** Names the call a message answers (answers.ts). */
	describe?(event: Extract<RunEvent, { kind: 'message' }>, calls: readonly SdkCall[]): { call: string; detail?: string } | undefined;
}

export class RunSession {
	state: SimState;
	private calls: SdkCall[] = [];
	private running = false;
	private notInitializedRun = false;
	private lastSetting: ScenarioSetting | undefined;
	private tryTypeScript = false;
	private readonly sandbox: Sandbox;

	constructor(private readonly parts: RunSessionParts) {
		this.state = parts.initialState?.() ?? createState(parts.catalog);
		this.sandbox = parts.createSandbox({
			onEvent: (event) => this.onEvent(event),
			onHidden: (count) => parts.log.hidden(count),
			onHalted: (reason) => {
				this.setRunning(false);
				this.endSubscriptions();
				parts.log.error(haltMessage(reason));
			},
			onReplaced: () => parts.log.note(REPLACED_NOTE),
			onStopped: () => {
				this.endSubscriptions();
				parts.log.note('Stopped: timers and subscriptions of the run have ended.');
			},
		});
	}

	/** The run's worker has ended, and its subscriptions with it: the state panel lists none. */
	private endSubscriptions(): void {
		this.parts.onState(this.state, []);
	}

	private setRunning(running: boolean): void {
		this.running = running;
		this.parts.onRunning(running);
	}

	private onEvent(event: RunEvent): void {
		const { log } = this.parts;
		switch (event.kind) {
			case 'message':
				return log.message(event.message, event.at, this.parts.describe?.(event, this.calls), event.text);
			case 'log':
				return log.log(event.level, event.text, event.at);
			case 'call':
				this.calls.push(event.call);
				return this.parts.onCalls(this.calls);
			case 'error':
				// One TypeScript attempt per Run pressed, whatever the sandbox says.
				if (event.phase === 'parse' && this.tryTypeScript) return void this.retryAsTypeScript();
				return log.error(`${event.name}: ${event.message}${event.line ? ` (line ${event.line}, column ${event.column ?? 1})` : ''}`, event.at);
			case 'state': {
				// A state of another shape (a stale or forged one) never becomes the next run's.
				const state = parseState(event.state, this.parts.catalog);
				if (state && !this.notInitializedRun) this.state = state;
				return this.parts.onState(this.state, event.subscriptions);
			}
			case 'done':
				return;
		}
	}

	/** Runs the code as JavaScript; `label` names the scenario in the log. */
	async run(setting: ScenarioSetting, label: string | undefined): Promise<void> {
		this.lastSetting = setting;
		this.tryTypeScript = true;
		const sdk = setting.platform ? ` as the ${setting.platform === 'ios' ? 'iOS' : 'Android'} SDK` : '';
		this.parts.log.note(`Run started${sdk}${label ? `, scenario: ${label}` : ''}.`);
		await this.start(setting, this.parts.editor().getValue());
	}

	/** The code was not plain JavaScript: report TypeScript's syntax error with its position, or run its output. */
	private async retryAsTypeScript(): Promise<void> {
		this.tryTypeScript = false;
		if (!this.lastSetting) return;
		const compiled = await this.parts.editor().compile();
		if (!compiled.ok) {
			this.setRunning(false);
			this.parts.log.error(`SyntaxError: ${compiled.message} (line ${compiled.line}, column ${compiled.column})`);
			return;
		}
		await this.start(this.lastSetting, compiled.js);
	}

	private async start(setting: ScenarioSetting, code: string): Promise<void> {
		this.calls = [];
		this.notInitializedRun = setting.notInitialized;
		// The job goes first (the previous run's worker ends there): the page's updates below then
		// happen while the sandbox starts, and the run's events, which come later, find them done.
		const started = this.sandbox.run({
			type: 'run',
			code,
			scenario: setting.scenario,
			conditions: setting.conditions,
			state: setting.notInitialized ? { ...this.state, initialized: false } : this.state,
			seed: Math.floor(Math.random() * 2 ** 32),
			platform: setting.platform,
		});
		this.parts.onCalls(this.calls);
		this.endSubscriptions();
		this.setRunning(true);
		await started;
	}

	async stop(): Promise<void> {
		if (!this.running) return;
		this.setRunning(false);
		await this.sandbox.stop();
	}

	reset(): void {
		void this.stop();
		this.state = this.parts.initialState?.() ?? createState(this.parts.catalog);
		this.parts.onState(this.state, []);
		this.parts.log.note('Simulator reset: back to the state of its preset.');
	}
}
