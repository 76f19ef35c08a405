import type { ToolDefinition } from '../storage/types';
import type { Answers } from './scoring';

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
 * A hand-written check, not a zod schema: see `Validator` in
 * src/lib/storage/types.ts for why.
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
const isText = (v: unknown, max: number, min = 0): v is string =>
	typeof v === 'string' && v.length >= min && v.length <= max;
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
	validators: { 1: isZelfscanStateV1 },
	migrations: {},
	empty: emptyState,
	describe: describeState,
};
