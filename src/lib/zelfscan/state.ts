import * as z from 'zod/mini';
import type { ToolDefinition } from '../storage/types';
import type { Answer, Answers } from './scoring';

/**
 * What the zelfscan tool keeps in the browser (tool id `zelfscan`).
 *
 * Version 1:
 * {
 *   scans: [{                       // several scans side by side, each under a name
 *     id: 's-…',                    // local id, also in the URL (?scan=…)
 *     scanId: 'informele-steun',    // which zelfscan (content/zelfscans/<scanId>.yaml)
 *     name: 'Team Noord',
 *     createdAt, updatedAt,         // ISO date-times
 *     rounds: [{                    // oldest first; the last one is the current round
 *       id: 'r-…', startedAt, scanVersion,
 *       answers: { '<statement-id>': { score?: 0..9, talk?: true, note?: '…' } },
 *       priorities: ['<theme-id>', …],          // 2 or 3 chosen themes
 *       actions: [{ id, themeId, what, who, when }],
 *     }],
 *   }],
 * }
 *
 * Keys of `answers` are statement ids from the content files, never user
 * text; the schema only allows [a-z0-9-] so an import cannot smuggle in
 * keys such as "__proto__".
 */

export const MAX_NAME = 80;
export const MAX_NOTE = 2000;
export const MAX_FIELD = 300;

/*
 * Why a hand-written check inside `z.custom` and not `z.object(...)`: every
 * tool page has a 20 KB JavaScript budget, and zod's object, array, record
 * and string schemas cost about 3 KB gzip more in the browser.
 * tests/unit/zelfscan/state.test.ts checks this function against the same
 * shape written as a declarative zod schema. Objects are strict: an unknown
 * key makes the data invalid, so nothing unexpected lands in storage.
 */

type Obj = Record<string, unknown>;
const LOCAL_ID = /^[a-z0-9-]{1,40}$/;
const CONTENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isPlainObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A plain object with all `required` keys and otherwise only `optional` ones. */
function hasKeys(v: unknown, required: readonly string[], optional: readonly string[] = []): v is Obj {
	if (!isPlainObject(v)) return false;
	const own = Object.keys(v);
	return required.every((k) => own.includes(k)) && own.every((k) => required.includes(k) || optional.includes(k));
}
const isText = (v: unknown, max: number, min = 0): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const isLocalId = (v: unknown): v is string => typeof v === 'string' && LOCAL_ID.test(v);
const isContentId = (v: unknown): v is string => isText(v, 80) && CONTENT_ID.test(v);
const isInt = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number =>
	typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isList = <T>(v: unknown, max: number, item: (x: unknown) => x is T, min = 0): v is T[] =>
	Array.isArray(v) && v.length >= min && v.length <= max && v.every(item);

function isAnswer(v: unknown): boolean {
	return (
		hasKeys(v, [], ['score', 'talk', 'note']) &&
		(v.score === undefined || isInt(v.score, 0, 9)) &&
		(v.talk === undefined || typeof v.talk === 'boolean') &&
		(v.note === undefined || isText(v.note, MAX_NOTE))
	);
}

function isAction(v: unknown): v is Action {
	return (
		hasKeys(v, ['id', 'themeId', 'what', 'who', 'when']) &&
		isLocalId(v.id) &&
		isContentId(v.themeId) &&
		isText(v.what, MAX_FIELD) &&
		isText(v.who, MAX_FIELD) &&
		isText(v.when, MAX_FIELD)
	);
}

function isRound(v: unknown): v is Round {
	return (
		hasKeys(v, ['id', 'startedAt', 'scanVersion', 'answers', 'priorities', 'actions']) &&
		isLocalId(v.id) &&
		isText(v.startedAt, 40) &&
		isInt(v.scanVersion, 1) &&
		isPlainObject(v.answers) &&
		Object.entries(v.answers).every(([key, answer]) => isContentId(key) && isAnswer(answer)) &&
		isList(v.priorities, 20, isContentId) &&
		isList(v.actions, 100, isAction)
	);
}

function isSavedScan(v: unknown): v is SavedScan {
	return (
		hasKeys(v, ['id', 'scanId', 'name', 'createdAt', 'updatedAt', 'rounds']) &&
		isLocalId(v.id) &&
		isContentId(v.scanId) &&
		isText(v.name, MAX_NAME, 1) &&
		isText(v.createdAt, 40) &&
		isText(v.updatedAt, 40) &&
		isList(v.rounds, 50, isRound, 1)
	);
}

/** True when `v` is valid version 1 data. */
export function isZelfscanStateV1(v: unknown): v is ZelfscanState {
	return hasKeys(v, ['scans']) && isList(v.scans, 100, isSavedScan);
}

export const zelfscanStateSchemaV1 = z.custom<ZelfscanState>(isZelfscanStateV1);

export interface Action {
	id: string;
	themeId: string;
	what: string;
	who: string;
	when: string;
}

export interface Round {
	id: string;
	startedAt: string;
	scanVersion: number;
	answers: Answers;
	priorities: string[];
	actions: Action[];
}

export interface SavedScan {
	id: string;
	scanId: string;
	name: string;
	createdAt: string;
	updatedAt: string;
	rounds: Round[];
}

export interface ZelfscanState {
	scans: SavedScan[];
}

export const MAX_PRIORITIES = 3;
export const MIN_PRIORITIES = 2;

export function emptyState(): ZelfscanState {
	return { scans: [] };
}

export function describeState(state: ZelfscanState): string {
	const scans = state.scans.length;
	if (!scans) return 'Nog geen scans';
	const rounds = state.scans.reduce((n, s) => n + s.rounds.length, 0);
	return `${scans} ${scans === 1 ? 'scan' : 'scans'}, ${rounds} ${rounds === 1 ? 'ronde' : 'rondes'}`;
}

export const zelfscanTool: ToolDefinition<ZelfscanState> = {
	id: 'zelfscan',
	title: 'Zelfscans',
	version: 1,
	schemas: { 1: zelfscanStateSchemaV1 },
	migrations: {},
	empty: emptyState,
	describe: describeState,
};

/* ------------------------------------------------------------------------ */
/* Pure updates. Each returns a new state; the store saves it.              */
/* ------------------------------------------------------------------------ */

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
export function startNewRound(state: ZelfscanState, id: string, scanVersion: number, now: Date, roundId = newId('r')): ZelfscanState {
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

export function togglePriority(round: Round, themeId: string, on: boolean): Round {
	const without = round.priorities.filter((p) => p !== themeId);
	return { ...round, priorities: on ? [...without, themeId] : without };
}

export function addAction(round: Round, themeId: string, id = newId('a')): Round {
	return { ...round, actions: [...round.actions, { id, themeId, what: '', who: '', when: '' }] };
}

export function updateAction(round: Round, actionId: string, change: Partial<Omit<Action, 'id' | 'themeId'>>): Round {
	const limited = Object.fromEntries(
		Object.entries(change).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, MAX_FIELD) : v]),
	);
	return { ...round, actions: round.actions.map((a) => (a.id === actionId ? { ...a, ...limited } : a)) };
}

export function removeAction(round: Round, actionId: string): Round {
	return { ...round, actions: round.actions.filter((a) => a.id !== actionId) };
}

/** Actions of the chosen priority themes, in the order the themes were chosen. */
export function actionPlan(round: Round): { themeId: string; actions: Action[] }[] {
	return round.priorities.map((themeId) => ({ themeId, actions: round.actions.filter((a) => a.themeId === themeId) }));
}
