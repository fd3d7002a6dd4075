// The simulator preset a guide's flow starts from, checked when the guide is built.
import { statePresets } from '../simulator/index.ts';

export function presetLabel(id: string | undefined, where: string): { id: string; label: string } {
	const preset = statePresets.find((p) => p.id === (id ?? 'default'));
	if (!preset) throw new Error(`${where}: no simulator preset has the id ${JSON.stringify(id)}; known: ${statePresets.map((p) => p.id).join(', ')}`);
	return { id: preset.id, label: preset.label };
}
