// What the console says when it opens a shared link that it could not follow in full.
import type { Operation } from '../../content-model/catalog.ts';
import type { SharedState } from './share.ts';

/**
 * One readable sentence per problem: a refused link, an operation this site lacks, a scenario the
 * operation does not have. `selected` is the scenario the picker ended up on.
 */
export function shareNotes(shared: SharedState | undefined, refused: string | undefined, op: Operation | undefined, selected: string): string[] {
	if (refused) return [refused];
	if (!shared) return [];
	const notes: string[] = [];
	if (shared.op !== undefined && shared.op !== op?.slug)
		notes.push(`The link names an operation this site does not have: ${shared.op.slice(0, 100)}. Its code is shown, without its scenario. Nothing ran.`);
	else if (shared.scenario !== undefined && shared.scenario !== selected)
		notes.push(`The link asks for the scenario ${shared.scenario.slice(0, 100)}, which ${op?.slug ?? 'this console'} does not have; Documented success is selected instead. Nothing ran.`);
	return notes;
}
