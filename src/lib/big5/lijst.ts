import { legeChecklist } from './checklist';
import {
	MAX_CODE,
	type Actie,
	type Big5Data,
	type Checklist,
	type VoorwaardeId,
	type VoorwaardeStand,
} from './definitie';

/**
 * Operations on the list of checklists (one per young person). Every
 * function returns new data and leaves its input untouched, so the store can
 * keep the previous value for undo and tests can compare before and after.
 */

export function zoek(data: Big5Data, id: string | null): Checklist | undefined {
	return id === null ? undefined : data.checklists.find((c) => c.id === id);
}

export function actieveChecklist(data: Big5Data): Checklist | undefined {
	return zoek(data, data.actief);
}

/** A new internal id; `random` is injectable for tests. */
export function maakId(bestaand: readonly Checklist[], random: () => number = Math.random): string {
	for (;;) {
		const id = `j${Math.floor(random() * 36 ** 8).toString(36)}`;
		if (!bestaand.some((c) => c.id === id)) return id;
	}
}

const normaal = (code: string) => code.trim().toLocaleLowerCase('nl');

/** Why a code cannot be used, or null when it can. `behalve` is the checklist being renamed. */
export function codeProbleem(data: Big5Data, code: string, behalve?: string): string | null {
	const schoon = code.trim();
	if (!schoon) return 'Vul een code of bijnaam in.';
	if (schoon.length > MAX_CODE) return `Gebruik hoogstens ${MAX_CODE} tekens.`;
	if (data.checklists.some((c) => c.id !== behalve && normaal(c.code) === normaal(schoon))) {
		return 'Deze code heb je al gebruikt. Kies een andere.';
	}
	return null;
}

/**
 * A soft warning when a code looks like personal details. It never blocks:
 * the user knows the context, the check only catches the obvious slips.
 */
export function lijktPersoonsgegeven(code: string): string | null {
	const tekst = code.trim();
	if (tekst.includes('@')) return 'Dit lijkt op een e-mailadres.';
	if (/\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/.test(tekst)) return 'Dit lijkt op een geboortedatum.';
	if (/\d{6,}/.test(tekst.replace(/[\s-]/g, ''))) return 'Dit lijkt op een nummer, zoals een BSN of telefoonnummer.';
	const woorden = tekst.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
	if (woorden.length >= 2) return 'Dit lijkt op een volledige naam.';
	return null;
}

function wijzig(data: Big5Data, id: string, fn: (c: Checklist) => Checklist): Big5Data {
	return { ...data, checklists: data.checklists.map((c) => (c.id === id ? fn(c) : c)) };
}

/** Add an empty checklist and open it. The caller has checked the code with `codeProbleem`. */
export function maakChecklist(data: Big5Data, id: string, code: string): Big5Data {
	return { checklists: [...data.checklists, legeChecklist(id, code.trim())], actief: id };
}

export function kies(data: Big5Data, id: string | null): Big5Data {
	if (id !== null && !zoek(data, id)) return data;
	return { ...data, actief: id };
}

export function hernoem(data: Big5Data, id: string, code: string): Big5Data {
	return wijzig(data, id, (c) => ({ ...c, code: code.trim() }));
}

/** "Sam (kopie)", then "Sam (kopie 2)", … : always a code not yet used. */
export function kopieCode(data: Big5Data, code: string): string {
	const basis = code.slice(0, MAX_CODE - 11);
	for (let n = 1; ; n++) {
		const kandidaat = n === 1 ? `${basis} (kopie)` : `${basis} (kopie ${n})`;
		if (codeProbleem(data, kandidaat) === null) return kandidaat;
	}
}

/** Copy a checklist (statuses, notes, actions) to a new one right after it, and open the copy. */
export function dupliceer(data: Big5Data, bronId: string, nieuwId: string): Big5Data {
	const index = data.checklists.findIndex((c) => c.id === bronId);
	if (index < 0) return data;
	const bron = data.checklists[index]!;
	const kopie: Checklist = structuredClone({ ...bron, id: nieuwId, code: kopieCode(data, bron.code) });
	const checklists = [...data.checklists];
	checklists.splice(index + 1, 0, kopie);
	return { checklists, actief: nieuwId };
}

/** What "Ongedaan maken" needs to put a deleted checklist back where it was. */
export interface Verwijderd {
	checklist: Checklist;
	index: number;
	wasActief: boolean;
}

export function verwijder(data: Big5Data, id: string): { data: Big5Data; verwijderd: Verwijderd | null } {
	const index = data.checklists.findIndex((c) => c.id === id);
	if (index < 0) return { data, verwijderd: null };
	const wasActief = data.actief === id;
	return {
		data: { checklists: data.checklists.filter((c) => c.id !== id), actief: wasActief ? null : data.actief },
		verwijderd: { checklist: data.checklists[index]!, index, wasActief },
	};
}

/**
 * Undo a delete. When the code was given to another young person in the
 * meantime, the restored checklist gets a "(kopie)" code so the two stay
 * apart; when it is already back (double undo), nothing changes.
 */
export function herstel(data: Big5Data, v: Verwijderd): Big5Data {
	if (zoek(data, v.checklist.id)) return data;
	const vrij = codeProbleem(data, v.checklist.code) === null;
	const checklist = vrij ? v.checklist : { ...v.checklist, code: kopieCode(data, v.checklist.code) };
	const checklists = [...data.checklists];
	checklists.splice(Math.min(v.index, checklists.length), 0, checklist);
	return { checklists, actief: v.wasActief ? v.checklist.id : data.actief };
}

export function zetStand(
	data: Big5Data,
	id: string,
	voorwaarde: VoorwaardeId,
	wijziging: Partial<Omit<VoorwaardeStand, 'actie'>>,
): Big5Data {
	return wijzig(data, id, (c) => ({
		...c,
		voorwaarden: { ...c.voorwaarden, [voorwaarde]: { ...c.voorwaarden[voorwaarde], ...wijziging } },
	}));
}

export function zetActie(data: Big5Data, id: string, voorwaarde: VoorwaardeId, wijziging: Partial<Actie>): Big5Data {
	return wijzig(data, id, (c) => {
		const stand = c.voorwaarden[voorwaarde];
		return {
			...c,
			voorwaarden: { ...c.voorwaarden, [voorwaarde]: { ...stand, actie: { ...stand.actie, ...wijziging } } },
		};
	});
}

export function zetVolgendGesprek(data: Big5Data, id: string, datum: string): Big5Data {
	return wijzig(data, id, (c) => ({ ...c, volgendGesprek: datum }));
}
