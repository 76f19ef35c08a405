import { newId } from '../ids';
import type { MergeOutcome } from '../storage/types';
import { codeProblem, copyCode, findJongere, MAX_JONGEREN, type WerkmapData } from './jongeren';
import { formatList } from './namen';

// Adding an imported werkmap file to what is here. Its own module: only an
// import loads it (src/islands/storage/merges.ts), never a page's first view.

export interface MergeResult {
	data: WerkmapData;
	/** Codes as they came in. */
	added: string[];
	/** Came in as a copy, because the id or code was already here: [code in the file, code here]. */
	copied: [string, string][];
	/** Not added because the list is full (MAX_JONGEREN). */
	skipped: string[];
}

/**
 * An imported file added to what is here, instead of replacing it: the way a
 * young person's plan file comes back, or moves to a colleague. Young people
 * already here stay as they are; one with the same id or code comes in as a
 * copy, so nothing is overwritten. Past the maximum nothing is added, and the
 * result says which ones, so the preview can tell the user before anything
 * changes. `newId` makes ids for copies.
 */
export function mergeWerkmap(current: WerkmapData, incoming: WerkmapData, newId: () => string): MergeResult {
	let data = current;
	const result: Omit<MergeResult, 'data'> = { added: [], copied: [], skipped: [] };
	for (const jongere of incoming.jongeren) {
		if (data.jongeren.length >= MAX_JONGEREN) {
			result.skipped.push(jongere.code);
			continue;
		}
		const idTaken = Boolean(findJongere(data, jongere.id));
		const codeTaken = codeProblem(data, jongere.code) !== null;
		let id = jongere.id;
		while (findJongere(data, id)) id = newId();
		const code = idTaken || codeTaken ? copyCode(data, jongere.code) : jongere.code;
		if (code === jongere.code) result.added.push(code);
		else result.copied.push([jongere.code, code]);
		data = { ...data, jongeren: [...data.jongeren, { ...structuredClone(jongere), id, code }] };
	}
	return { data, ...result };
}

/**
 * An imported werkmap file added to this browser's werkmappen, with the
 * sentence the import preview shows: who comes in, who comes in as a copy
 * (and under which code), and who does not fit.
 */
export function mergeWerkmapFile(current: WerkmapData, incoming: WerkmapData): MergeOutcome<WerkmapData> {
	const { data, added, copied, skipped } = mergeWerkmap(current, incoming, () => newId('j'));
	const parts: string[] = [];
	if (added.length) parts.push(`erbij ${added.length === 1 ? 'komt' : 'komen'} ${formatList(added)}`);
	if (copied.length) {
		const pairs = copied.map(([from, to]) => `${from} als ${to}`);
		parts.push(`als kopie, omdat de code hier al bestaat: ${formatList(pairs)}`);
	}
	if (skipped.length)
		parts.push(`niet toegevoegd, want er passen er hoogstens ${MAX_JONGEREN}: ${formatList(skipped)}`);
	const summary = parts.length ? `${parts.join('; ')}.` : 'er komt niemand bij.';
	return { data, summary: summary.charAt(0).toUpperCase() + summary.slice(1) };
}
