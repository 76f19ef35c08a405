import { newId } from '../ids';
import {
	type Antwoord,
	type BewijsAntwoord,
	currentRonde,
	MAX_NAME,
	MAX_NOTITIE,
	type Ronde,
	type SavedScan,
	type ZelfscanData,
} from './definition';

/**
 * Pure updates of the zelfscan data; the format and its check are in
 * definition.ts. Each function returns new data; the store saves it.
 * Ids: 's-…' a saved scan, 'r-…' a round, 'a-…' an action.
 */

export function newRonde(scanVersion: number, now: Date, id = newId('r')): Ronde {
	return { id, startedAt: now.toISOString(), scanVersion, antwoorden: {}, prioriteiten: [], acties: [] };
}

export function cleanName(name: string): string {
	return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
}

export function addScan(
	data: ZelfscanData,
	scan: { id: string; versie: number },
	name: string,
	now: Date,
	ids = { scan: newId('s'), ronde: newId('r') },
): { data: ZelfscanData; id: string } {
	const at = now.toISOString();
	const saved: SavedScan = {
		id: ids.scan,
		scanId: scan.id,
		name: cleanName(name) || 'Naamloze scan',
		createdAt: at,
		updatedAt: at,
		rondes: [newRonde(scan.versie, now, ids.ronde)],
	};
	return { data: { ...data, scans: [...data.scans, saved] }, id: saved.id };
}

export function findScan(data: ZelfscanData, id: string | null | undefined): SavedScan | undefined {
	return id ? data.scans.find((s) => s.id === id) : undefined;
}

/** The saved scans of one zelfscan, most recently changed first. */
export function scansOf(data: ZelfscanData, scanId: string): SavedScan[] {
	return data.scans.filter((s) => s.scanId === scanId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

function updateScan(data: ZelfscanData, id: string, now: Date, fn: (scan: SavedScan) => SavedScan): ZelfscanData {
	return {
		...data,
		scans: data.scans.map((s) => (s.id === id ? { ...fn(s), updatedAt: now.toISOString() } : s)),
	};
}

export function renameScan(data: ZelfscanData, id: string, name: string, now: Date): ZelfscanData {
	const clean = cleanName(name);
	if (!clean) return data;
	return updateScan(data, id, now, (s) => ({ ...s, name: clean }));
}

export function removeScan(data: ZelfscanData, id: string): ZelfscanData {
	return { ...data, scans: data.scans.filter((s) => s.id !== id) };
}

/** Change the current (last) round of a saved scan. */
export function updateCurrentRonde(
	data: ZelfscanData,
	id: string,
	now: Date,
	fn: (ronde: Ronde) => Ronde,
): ZelfscanData {
	return updateScan(data, id, now, (s) => ({ ...s, rondes: [...s.rondes.slice(0, -1), fn(currentRonde(s))] }));
}

/** A new, empty round; earlier rounds stay as they are. */
export function addRonde(
	data: ZelfscanData,
	id: string,
	scanVersion: number,
	now: Date,
	rondeId = newId('r'),
): ZelfscanData {
	return updateScan(data, id, now, (s) => ({ ...s, rondes: [...s.rondes, newRonde(scanVersion, now, rondeId)] }));
}

export function removeRonde(data: ZelfscanData, id: string, rondeId: string, now: Date): ZelfscanData {
	return updateScan(data, id, now, (s) =>
		s.rondes.length > 1 ? { ...s, rondes: s.rondes.filter((r) => r.id !== rondeId) } : s,
	);
}

/**
 * Merge a change into one item's answer. A value (`score`) and a no-value
 * answer (`geenScore`) exclude each other: choosing one drops the other.
 * Fields set to undefined (or an empty note, or bespreken = false) are
 * dropped; an answer left empty is removed.
 */
export function setAntwoord(ronde: Ronde, onderdeelId: string, change: Partial<Antwoord>): Ronde {
	const merged: Antwoord = { ...ronde.antwoorden[onderdeelId], ...change };
	if (change.score !== undefined) delete merged.geenScore;
	if (change.geenScore !== undefined) delete merged.score;
	const clean: Antwoord = {};
	if (typeof merged.score === 'number') clean.score = merged.score;
	if (merged.geenScore) clean.geenScore = merged.geenScore;
	if (merged.bewijs && Object.keys(merged.bewijs).length) clean.bewijs = merged.bewijs;
	if (merged.bespreken) clean.bespreken = true;
	if (merged.notitie) clean.notitie = merged.notitie.slice(0, MAX_NOTITIE);
	const antwoorden = { ...ronde.antwoorden };
	if (Object.keys(clean).length) antwoorden[onderdeelId] = clean;
	else delete antwoorden[onderdeelId];
	return { ...ronde, antwoorden };
}

/** Set one evidence answer of an item (like the other radios, the form offers no way back to "no answer"). */
export function setBewijs(ronde: Ronde, onderdeelId: string, bewijsId: string, value: BewijsAntwoord): Ronde {
	return setAntwoord(ronde, onderdeelId, { bewijs: { ...ronde.antwoorden[onderdeelId]?.bewijs, [bewijsId]: value } });
}
