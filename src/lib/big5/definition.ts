import { count } from '../format';
import { LOCAL_ID } from '../ids';
import { type Infer, list, matches, nullable, object, oneOf, refine, text, uniqueBy } from '../storage/check';
import type { ToolDefinition } from '../storage/types';

/**
 * What the BIG-5-checklist keeps in the browser (tool id `big5`): one
 * checklist per young person. Every released version stays here forever
 * with its check, so data saved or exported by any earlier version still
 * loads; a new version is the previous shape plus its changes, and a
 * migration from the previous one (tests/fixtures/storage/big5-v<n>.json).
 *
 * Version 2:
 *
 *     {
 *       checklists: [{                      // at most 500, ids unique
 *         id: string,                       // local id, never shown
 *         code: string,                     // 1..40 characters, a code or nickname
 *         voorwaarden: {                    // exactly these five keys
 *           volwassene | wonen | dagbesteding | inkomen | zorg: {
 *             status: 'open' | 'geregeld' | 'deels' | 'niet',
 *             toelichting: string,          // ≤ 2000
 *             actie: { wat: string, wie: string, voor: Datum },  // ≤ 300, ≤ 120
 *           },
 *         },
 *         volgendGesprek: Datum,
 *       }],
 *       activeId: string | null,            // id of the checklist on screen
 *     }
 *     Datum = "YYYY-MM-DD" or ""
 *
 * Version 1 called `activeId` `actief` (any text) and allowed only ids of
 * 1..20 lowercase letters and digits.
 */

/** The five conditions, in a fixed order; their texts are in voorwaarden.ts. */
export const VOORWAARDE_IDS = ['volwassene', 'wonen', 'dagbesteding', 'inkomen', 'zorg'] as const;
export type VoorwaardeId = (typeof VOORWAARDE_IDS)[number];

/** 'open' is "Nog niet besproken": the starting state of every condition. */
export const STATUSSEN = ['open', 'geregeld', 'deels', 'niet'] as const;
export type Status = (typeof STATUSSEN)[number];

export const MAX_CODE = 40;
export const MAX_TOELICHTING = 2000;
export const MAX_WAT = 300;
export const MAX_WIE = 120;
const MAX_CHECKLISTS = 500;

/** A calendar date as the date input gives it ("2026-12-01"), or '' when empty. */
const datum = matches(/^(\d{4}-\d{2}-\d{2})?$/, 10);
export type Datum = string;

const actie = object({ wat: text(MAX_WAT), wie: text(MAX_WIE), voor: datum });
const stand = object({ status: oneOf(STATUSSEN), toelichting: text(MAX_TOELICHTING), actie });
const checklistFields = {
	code: text(MAX_CODE, 1),
	voorwaarden: object({
		volwassene: stand,
		wonen: stand,
		dagbesteding: stand,
		inkomen: stand,
		zorg: stand,
	}),
	volgendGesprek: datum,
};
/** Two checklists with one id would mix up two young people. */
const checklistList = (id: RegExp, max: number) =>
	refine(
		list(object({ id: matches(id, max), ...checklistFields }), MAX_CHECKLISTS),
		uniqueBy((c) => c.id),
	);

const v1 = object({
	checklists: checklistList(/^[a-z0-9]{1,20}$/, 20),
	actief: nullable(text(Number.POSITIVE_INFINITY)),
});
const v2 = refine(
	object({ checklists: checklistList(LOCAL_ID, 40), activeId: nullable(text(40)) }),
	(data) => data.activeId === null || data.checklists.some((c) => c.id === data.activeId),
);

export type Actie = Infer<typeof actie>;
export type VoorwaardeStand = Infer<typeof stand>;
export type Big5Data = Infer<typeof v2>;
export type Checklist = Big5Data['checklists'][number];

/** No checklists yet: what a first visit starts with. */
export function emptyBig5(): Big5Data {
	return { checklists: [], activeId: null };
}

export const big5Tool: ToolDefinition<Big5Data> = {
	id: 'big5',
	title: 'BIG-5-checklist',
	version: 2,
	validators: { 1: v1, 2: v2 },
	migrations: {
		// v1 kept any text in `actief`; v2 accepts only the id of a checklist that exists.
		1: ({ checklists, actief }: Infer<typeof v1>): Big5Data => ({
			checklists,
			activeId: checklists.some((c) => c.id === actief) ? actief : null,
		}),
	},
	empty: emptyBig5,
	describe: (data) => count(data.checklists.length, 'jongere', 'jongeren'),
};
