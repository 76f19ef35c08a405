import type { Answer } from './scoring';
import { MAX_NAME, MAX_NOTE, type Round, type SavedScan, type ZelfscanState } from './definitie';

/**
 * Pure updates of the zelfscan data; the format and its check are in
 * definitie.ts. Each function returns a new state; the store saves it.
 */

/** Short random id with a prefix ('s' scan, 'r' round, 'a' action). */
export function newId(prefix: string): string {
	const random =
		typeof crypto !== 'undefined' && 'getRandomValues' in crypto
			? Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('')
			: Math.random().toString(36).slice(2);
	return `${prefix}-${random}`.slice(0, 40);
}

export function newRound(scanVersion: number, now: Date, id = newId('r')): Round {
	return { id, startedAt: now.toISOString(), scanVersion, answers: {}, priorities: [], actions: [] };
}

export function cleanName(name: string): string {
	return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
}

export function addScan(
	state: ZelfscanState,
	scan: { id: string; version: number },
	name: string,
	now: Date,
	ids = { scan: newId('s'), round: newId('r') },
): { state: ZelfscanState; id: string } {
	const at = now.toISOString();
	const saved: SavedScan = {
		id: ids.scan,
		scanId: scan.id,
		name: cleanName(name) || 'Naamloze scan',
		createdAt: at,
		updatedAt: at,
		rounds: [newRound(scan.version, now, ids.round)],
	};
	return { state: { ...state, scans: [...state.scans, saved] }, id: saved.id };
}

export function findScan(state: ZelfscanState, id: string | null | undefined): SavedScan | undefined {
	return id ? state.scans.find((s) => s.id === id) : undefined;
}

/** The saved scans of one zelfscan, most recently changed first. */
export function scansOf(state: ZelfscanState, scanId: string): SavedScan[] {
	return state.scans.filter((s) => s.scanId === scanId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function currentRound(scan: SavedScan): Round {
	return scan.rounds[scan.rounds.length - 1];
}

function updateScan(state: ZelfscanState, id: string, now: Date, fn: (scan: SavedScan) => SavedScan): ZelfscanState {
	return {
		...state,
		scans: state.scans.map((s) => (s.id === id ? { ...fn(s), updatedAt: now.toISOString() } : s)),
	};
}

export function renameScan(state: ZelfscanState, id: string, name: string, now: Date): ZelfscanState {
	const clean = cleanName(name);
	if (!clean) return state;
	return updateScan(state, id, now, (s) => ({ ...s, name: clean }));
}

export function removeScan(state: ZelfscanState, id: string): ZelfscanState {
	return { ...state, scans: state.scans.filter((s) => s.id !== id) };
}

/** Change the current (last) round of a saved scan. */
export function updateCurrentRound(
	state: ZelfscanState,
	id: string,
	now: Date,
	fn: (round: Round) => Round,
): ZelfscanState {
	return updateScan(state, id, now, (s) => ({ ...s, rounds: [...s.rounds.slice(0, -1), fn(currentRound(s))] }));
}

/** A new, empty round; earlier rounds stay as they are. */
export function startNewRound(
	state: ZelfscanState,
	id: string,
	scanVersion: number,
	now: Date,
	roundId = newId('r'),
): ZelfscanState {
	return updateScan(state, id, now, (s) => ({ ...s, rounds: [...s.rounds, newRound(scanVersion, now, roundId)] }));
}

export function removeRound(state: ZelfscanState, id: string, roundId: string, now: Date): ZelfscanState {
	return updateScan(state, id, now, (s) =>
		s.rounds.length > 1 ? { ...s, rounds: s.rounds.filter((r) => r.id !== roundId) } : s,
	);
}

/**
 * Merge a change into one statement's answer. Fields set to undefined (or
 * an empty note, or talk = false) are dropped; an answer left empty is removed.
 */
export function setAnswer(round: Round, statementId: string, change: Partial<Answer>): Round {
	const merged: Answer = { ...round.answers[statementId], ...change };
	const clean: Answer = {};
	if (typeof merged.score === 'number') clean.score = merged.score;
	if (merged.talk) clean.talk = true;
	if (merged.note) clean.note = merged.note.slice(0, MAX_NOTE);
	const answers = { ...round.answers };
	if (Object.keys(clean).length) answers[statementId] = clean;
	else delete answers[statementId];
	return { ...round, answers };
}
