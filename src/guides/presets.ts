// The simulator preset a guide's flow starts from, checked when the guide is built.
import { DEFAULT_PRESET, listPresets } from '../simulator/index.ts';

export function presetLabel(id: string | undefined, where: string): { id: string; label: string } {
	const presets = listPresets();
	const preset = presets.find((p) => p.id === (id ?? DEFAULT_PRESET));
	if (!preset) throw new Error(`${where}: no simulator preset has the id ${JSON.stringify(id)}; known: ${presets.map((p) => p.id).join(', ')}`);
	return { id: preset.id, label: preset.label };
}
