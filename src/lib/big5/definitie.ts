import type { ToolDefinition } from '../storage/types';

/** The five conditions, in a fixed order; their texts are in voorwaarden.ts. */
export const VOORWAARDE_IDS = ['volwassene', 'wonen', 'dagbesteding', 'inkomen', 'zorg'] as const;
export type VoorwaardeId = (typeof VOORWAARDE_IDS)[number];

/** 'open' is "Nog niet besproken": the starting state of every condition. */
export const STATUSSEN = ['open', 'geregeld', 'deels', 'niet'] as const;
export type Status = (typeof STATUSSEN)[number];

/** A calendar date as the date input gives it ("2026-12-01"), or '' when empty. */
export type Datum = string;

export interface Actie {
	wat: string;
	wie: string;
	voor: Datum;
}

export interface VoorwaardeStand {
	status: Status;
	toelichting: string;
	actie: Actie;
}

export interface Checklist {
	/** Internal id, never shown. */
	id: string;
	/** Short code or nickname the user chose; never a full name. */
	code: string;
	voorwaarden: Record<VoorwaardeId, VoorwaardeStand>;
	/** Date of the next conversation, '' when not yet planned. */
	volgendGesprek: Datum;
}

export interface Big5Data {
	checklists: Checklist[];
	/** Id of the checklist on screen, null when none is open. */
	actief: string | null;
}

/** No checklists yet: what a first visit starts with. */
export function leegBig5(): Big5Data {
	return { checklists: [], actief: null };
}

export const MAX_CODE = 40;
export const MAX_TOELICHTING = 2000;
export const MAX_WAT = 300;
export const MAX_WIE = 120;

/**
 * Stored data of the BIG-5-checklist, version 1. Kept forever: a file
 * exported today must still import after the format changes (add a v2
 * schema and a migration 1 → 2 instead of editing this one).
 *
 *     {
 *       checklists: [{                      // at most 500, ids unique
 *         id: string,                       // /^[a-z0-9]{1,20}$/
 *         code: string,                     // 1..40 characters
 *         voorwaarden: {                    // exactly these five keys
 *           volwassene | wonen | dagbesteding | inkomen | zorg: {
 *             status: 'open' | 'geregeld' | 'deels' | 'niet',
 *             toelichting: string,          // ≤ 2000
 *             actie: { wat: string, wie: string, voor: Datum },  // ≤ 300, ≤ 120
 *           },
 *         },
 *         volgendGesprek: Datum,
 *       }],
 *       actief: string | null,
 *     }
 *     Datum = "YYYY-MM-DD" or ""
 *
 * Every object is strict: an unknown key makes the data invalid, so nothing
 * unexpected ever lands in storage.
 *
 * A hand-written check, not a zod schema: see `Validator` in
 * src/lib/storage/types.ts for why. (zod's `z.object` also probes
 * `new Function` on first use, which the site's CSP reports as a violation.)
 * tests/unit/big5/definitie.test.ts checks this function against the same
 * shape written as a declarative zod schema.
 */

const DATUM = /^(\d{4}-\d{2}-\d{2})?$/;
const ID = /^[a-z0-9]{1,20}$/;

type Obj = Record<string, unknown>;

/** A plain object with exactly these keys. */
function isObject(v: unknown, keys: readonly string[]): v is Obj {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
	const own = Object.keys(v);
	return own.length === keys.length && keys.every((k) => own.includes(k));
}

const isTekst = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isDatum = (v: unknown): v is string => typeof v === 'string' && DATUM.test(v);

function isStand(v: unknown): v is VoorwaardeStand {
	return (
		isObject(v, ['status', 'toelichting', 'actie']) &&
		(STATUSSEN as readonly unknown[]).includes(v.status) &&
		isTekst(v.toelichting, MAX_TOELICHTING) &&
		isObject(v.actie, ['wat', 'wie', 'voor']) &&
		isTekst(v.actie.wat, MAX_WAT) &&
		isTekst(v.actie.wie, MAX_WIE) &&
		isDatum(v.actie.voor)
	);
}

function isChecklist(v: unknown): v is Checklist {
	return (
		isObject(v, ['id', 'code', 'voorwaarden', 'volgendGesprek']) &&
		typeof v.id === 'string' &&
		ID.test(v.id) &&
		isTekst(v.code, MAX_CODE) &&
		v.code.length > 0 &&
		isObject(v.voorwaarden, VOORWAARDE_IDS) &&
		VOORWAARDE_IDS.every((id) => isStand((v.voorwaarden as Obj)[id])) &&
		isDatum(v.volgendGesprek)
	);
}

/** True when `v` is valid version 1 data. */
export function isBig5DataV1(v: unknown): v is Big5Data {
	if (!isObject(v, ['checklists', 'actief'])) return false;
	const { checklists, actief } = v;
	return (
		Array.isArray(checklists) &&
		checklists.length <= 500 &&
		checklists.every(isChecklist) &&
		// Two checklists with one id would mix up two young people.
		new Set(checklists.map((c) => c.id)).size === checklists.length &&
		(actief === null || typeof actief === 'string')
	);
}

export const big5Definition: ToolDefinition<Big5Data> = {
	id: 'big5',
	title: 'BIG-5-checklist',
	version: 1,
	validators: { 1: isBig5DataV1 },
	migrations: {},
	empty: leegBig5,
	describe: (data) => {
		const n = data.checklists.length;
		return n === 1 ? '1 jongere' : `${n} jongeren`;
	},
};
