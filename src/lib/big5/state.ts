import { emptyChecklist } from './checklist';
import {
	type Actie,
	type Big5Data,
	type Checklist,
	MAX_CODE,
	type VoorwaardeId,
	type VoorwaardeStand,
} from './definition';

/**
 * Operations on the list of checklists (one per young person). Every
 * function returns new data and leaves its input untouched, so the store can
 * keep the previous value for undo and tests can compare before and after.
 */

export function findChecklist(data: Big5Data, id: string | null): Checklist | undefined {
	return id === null ? undefined : data.checklists.find((c) => c.id === id);
}

export function activeChecklist(data: Big5Data): Checklist | undefined {
	return findChecklist(data, data.activeId);
}

const normalized = (code: string) => code.trim().toLocaleLowerCase('nl');

/** Why a code cannot be used, or null when it can. `except` is the checklist being renamed. */
export function codeProblem(data: Big5Data, code: string, except?: string): string | null {
	const clean = code.trim();
	if (!clean) return 'Vul een code of bijnaam in.';
	if (clean.length > MAX_CODE) return `Gebruik hoogstens ${MAX_CODE} tekens.`;
	if (data.checklists.some((c) => c.id !== except && normalized(c.code) === normalized(clean))) {
		return 'Deze code heb je al gebruikt. Kies een andere.';
	}
	return null;
}

/**
 * A soft warning when a code looks like personal details. It never blocks:
 * the user knows the context, the check only catches the obvious slips.
 */
export function personalDataWarning(code: string): string | null {
	const text = code.trim();
	if (text.includes('@')) return 'Dit lijkt op een e-mailadres.';
	if (/\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/.test(text)) return 'Dit lijkt op een geboortedatum.';
	if (/\d{6,}/.test(text.replace(/[\s-]/g, ''))) return 'Dit lijkt op een nummer, zoals een BSN of telefoonnummer.';
	const names = text.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
	if (names.length >= 2) return 'Dit lijkt op een volledige naam.';
	return null;
}

function updateChecklist(data: Big5Data, id: string, fn: (c: Checklist) => Checklist): Big5Data {
	return { ...data, checklists: data.checklists.map((c) => (c.id === id ? fn(c) : c)) };
}

/** Add an empty checklist and open it. The caller has checked the code with `codeProblem`. */
export function addChecklist(data: Big5Data, id: string, code: string): Big5Data {
	return { checklists: [...data.checklists, emptyChecklist(id, code.trim())], activeId: id };
}

export function selectChecklist(data: Big5Data, id: string | null): Big5Data {
	if (id !== null && !findChecklist(data, id)) return data;
	return { ...data, activeId: id };
}

export function renameChecklist(data: Big5Data, id: string, code: string): Big5Data {
	return updateChecklist(data, id, (c) => ({ ...c, code: code.trim() }));
}

/** "Sam (kopie)", then "Sam (kopie 2)", … : always a code not yet used. */
export function copyCode(data: Big5Data, code: string): string {
	const start = code.slice(0, MAX_CODE - 11);
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? `${start} (kopie)` : `${start} (kopie ${n})`;
		if (codeProblem(data, candidate) === null) return candidate;
	}
}

/** Copy a checklist (statuses, notes, actions) to a new one right after it, and open the copy. */
export function copyChecklist(data: Big5Data, sourceId: string, newId: string): Big5Data {
	const index = data.checklists.findIndex((c) => c.id === sourceId);
	const source = data.checklists[index];
	if (!source) return data;
	const copy: Checklist = structuredClone({ ...source, id: newId, code: copyCode(data, source.code) });
	const checklists = [...data.checklists];
	checklists.splice(index + 1, 0, copy);
	return { checklists, activeId: newId };
}

/** What "Ongedaan maken" needs to put a removed checklist back where it was. */
export interface Removed {
	checklist: Checklist;
	index: number;
	wasActive: boolean;
}

export function removeChecklist(data: Big5Data, id: string): { data: Big5Data; removed: Removed | null } {
	const index = data.checklists.findIndex((c) => c.id === id);
	const checklist = data.checklists[index];
	if (!checklist) return { data, removed: null };
	const wasActive = data.activeId === id;
	return {
		data: { checklists: data.checklists.filter((c) => c.id !== id), activeId: wasActive ? null : data.activeId },
		removed: { checklist, index, wasActive },
	};
}

/**
 * Undo a removal. When the code was given to another young person in the
 * meantime, the restored checklist gets a "(kopie)" code so the two stay
 * apart; when it is already back (double undo), nothing changes.
 */
export function restoreChecklist(data: Big5Data, removed: Removed): Big5Data {
	if (findChecklist(data, removed.checklist.id)) return data;
	const free = codeProblem(data, removed.checklist.code) === null;
	const checklist = free ? removed.checklist : { ...removed.checklist, code: copyCode(data, removed.checklist.code) };
	const checklists = [...data.checklists];
	checklists.splice(Math.min(removed.index, checklists.length), 0, checklist);
	return { checklists, activeId: removed.wasActive ? checklist.id : data.activeId };
}

export function setStand(
	data: Big5Data,
	id: string,
	voorwaarde: VoorwaardeId,
	change: Partial<Omit<VoorwaardeStand, 'actie'>>,
): Big5Data {
	return updateChecklist(data, id, (c) => ({
		...c,
		voorwaarden: { ...c.voorwaarden, [voorwaarde]: { ...c.voorwaarden[voorwaarde], ...change } },
	}));
}

export function setActie(data: Big5Data, id: string, voorwaarde: VoorwaardeId, change: Partial<Actie>): Big5Data {
	return updateChecklist(data, id, (c) => {
		const stand = c.voorwaarden[voorwaarde];
		return {
			...c,
			voorwaarden: { ...c.voorwaarden, [voorwaarde]: { ...stand, actie: { ...stand.actie, ...change } } },
		};
	});
}

export function setVolgendGesprek(data: Big5Data, id: string, datum: string): Big5Data {
	return updateChecklist(data, id, (c) => ({ ...c, volgendGesprek: datum }));
}
