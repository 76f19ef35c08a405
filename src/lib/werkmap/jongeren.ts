import { emptyStand } from '../big5/checklist';
import { type Jongere, MAX_CODE, VOORWAARDE_IDS, type WerkmapData } from '../big5/definition';

export { emptyWerkmap, type Jongere, MAX_CODE, type WerkmapData } from '../big5/definition';

/**
 * The one list of young people that every part of the werkmap shares: the
 * BIG-5 conditions, the netwerkkaart and the timeline of one young person
 * live in one record (stored format: src/lib/big5/definition.ts), so rename,
 * copy and delete (with undo) act on all of it at once. Every function
 * returns new data and leaves its input alone.
 */

export const MAX_JONGEREN = 500;

export function newJongere(id: string, code: string): Jongere {
	const voorwaarden = {} as Jongere['voorwaarden'];
	for (const voorwaarde of VOORWAARDE_IDS) voorwaarden[voorwaarde] = emptyStand();
	return {
		id,
		code: code.trim(),
		voorwaarden,
		volgendGesprek: '',
		netwerk: [],
		verjaardag18: '',
		tijdlijn: {},
		regionaal: [],
	};
}

export function findJongere(data: WerkmapData, id: string | null): Jongere | undefined {
	return id === null ? undefined : data.jongeren.find((j) => j.id === id);
}

export function activeJongere(data: WerkmapData): Jongere | undefined {
	return findJongere(data, data.activeId);
}

const normalized = (code: string) => code.trim().toLocaleLowerCase('nl');

/** Why a code cannot be used, or null when it can. `except` is the young person being renamed. */
export function codeProblem(data: WerkmapData, code: string, except?: string): string | null {
	const clean = code.trim();
	if (!clean) return 'Vul een code of bijnaam in.';
	if (clean.length > MAX_CODE) return `Gebruik hoogstens ${MAX_CODE} tekens.`;
	if (data.jongeren.some((j) => j.id !== except && normalized(j.code) === normalized(clean))) {
		return 'Deze code is al in gebruik. Kies een andere.';
	}
	return null;
}

/**
 * A soft warning when a code or name looks like personal details. It never
 * blocks: the user knows the context; the check only catches obvious slips.
 */
export function personalDataWarning(text: string): string | null {
	const clean = text.trim();
	if (clean.includes('@')) return 'Dit lijkt op een e-mailadres.';
	if (/\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/.test(clean)) return 'Dit lijkt op een geboortedatum.';
	if (/\d{6,}/.test(clean.replace(/[\s-]/g, ''))) return 'Dit lijkt op een nummer, zoals een BSN of telefoonnummer.';
	const words = clean.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
	if (words.length >= 2) return 'Dit lijkt op een volledige naam.';
	return null;
}

function change(data: WerkmapData, id: string, fn: (j: Jongere) => Jongere): WerkmapData {
	return { ...data, jongeren: data.jongeren.map((j) => (j.id === id ? fn(j) : j)) };
}

/** Change one young person's record (any part); the caller passes only what changes. */
export function updateJongere(data: WerkmapData, id: string, fn: (j: Jongere) => Partial<Jongere>): WerkmapData {
	return change(data, id, (j) => ({ ...j, ...fn(j), id: j.id }));
}

/** Add a young person and choose them. The caller has checked the code with `codeProblem`. */
export function addJongere(data: WerkmapData, id: string, code: string): WerkmapData {
	return { jongeren: [...data.jongeren, newJongere(id, code)], activeId: id };
}

export function selectJongere(data: WerkmapData, id: string | null): WerkmapData {
	if (id !== null && !findJongere(data, id)) return data;
	return { ...data, activeId: id };
}

export function renameJongere(data: WerkmapData, id: string, code: string): WerkmapData {
	return change(data, id, (j) => ({ ...j, code: code.trim() }));
}

/** "Sam (kopie)", then "Sam (kopie 2)", …: always a code not yet in use. */
export function copyCode(data: WerkmapData, code: string): string {
	const base = code.slice(0, MAX_CODE - 11);
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? `${base} (kopie)` : `${base} (kopie ${n})`;
		if (codeProblem(data, candidate) === null) return candidate;
	}
}

/** Copy a young person's whole werkmap to a new one right after it, and choose the copy. */
export function copyJongere(data: WerkmapData, sourceId: string, newId: string): WerkmapData {
	const index = data.jongeren.findIndex((j) => j.id === sourceId);
	const source = data.jongeren[index];
	if (!source) return data;
	const copy: Jongere = structuredClone({ ...source, id: newId, code: copyCode(data, source.code) });
	const jongeren = [...data.jongeren];
	jongeren.splice(index + 1, 0, copy);
	return { jongeren, activeId: newId };
}

/** What "Ongedaan maken" needs to put a deleted young person back where they were. */
export interface Removed {
	jongere: Jongere;
	index: number;
	wasActive: boolean;
}

export function removeJongere(data: WerkmapData, id: string): { data: WerkmapData; removed: Removed | null } {
	const index = data.jongeren.findIndex((j) => j.id === id);
	const jongere = data.jongeren[index];
	if (!jongere) return { data, removed: null };
	const wasActive = data.activeId === id;
	return {
		data: { jongeren: data.jongeren.filter((j) => j.id !== id), activeId: wasActive ? null : data.activeId },
		removed: { jongere, index, wasActive },
	};
}

/**
 * Undo a delete. When the code was given to another young person meanwhile,
 * the restored one gets a "(kopie)" code so the two stay apart; when it is
 * already back (double undo), nothing changes.
 */
export function restoreJongere(data: WerkmapData, removed: Removed): WerkmapData {
	if (findJongere(data, removed.jongere.id)) return data;
	const free = codeProblem(data, removed.jongere.code) === null;
	const jongere = free ? removed.jongere : { ...removed.jongere, code: copyCode(data, removed.jongere.code) };
	const jongeren = [...data.jongeren];
	jongeren.splice(Math.min(removed.index, jongeren.length), 0, jongere);
	return { jongeren, activeId: removed.wasActive ? jongere.id : data.activeId };
}

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
