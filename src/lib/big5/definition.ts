import { count } from '../format';
import { CONTENT_ID, LOCAL_ID } from '../ids';
import {
	bool,
	type Infer,
	list,
	matches,
	nullable,
	object,
	oneOf,
	record,
	refine,
	text,
	uniqueBy,
} from '../storage/check';
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
 *
 * Version 3 (December 2026) is the werkmap per jongere: the checklist is one
 * part of a young person's record, so `checklists` became `jongeren` and each
 * record gained the netwerkkaart, the birthday month and the timeline:
 *
 *     {
 *       jongeren: [{                        // at most 500, ids unique
 *         id, code, voorwaarden, volgendGesprek,   // exactly as version 2
 *         netwerk: [{                       // at most 50, ids unique
 *           id, naam: string,               // role or first name, 1..60
 *           relatie: 'familie' | 'vrienden' | 'school-werk-buurt' | 'vrijwilliger' | 'professional',
 *           ring: 1 | 2 | 3,                // 1 closest
 *           steun: ('praktisch' | 'gezelschap' | 'advies' | 'emotioneel')[],
 *           blijft: 'ja' | 'nee' | 'weet-niet',  // still there after 18
 *           vasteVolwassene: boolean, notitie: string,   // ≤ 500
 *         }],
 *         verjaardag18: "YYYY-MM" or "",    // month of the 18th birthday, never a date of birth
 *         tijdlijn: { [momentId]: { status: 'open' | 'geregeld' | 'niet-nodig',
 *                                   wie: string, voor: Datum, notitie: string } },
 *         regionaal: momentId[],            // regional practices switched on
 *       }],
 *       activeId: string | null,
 *     }
 *
 * The moments themselves are content (collection `momenten`), never stored.
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

export const MAX_NAAM = 60;
export const MAX_NOTITIE = 500;
export const MAX_PERSONEN = 50;
const MAX_REGIONAAL = 200;

const persoon = object({
	id: matches(LOCAL_ID, 40),
	naam: text(MAX_NAAM, 1),
	relatie: oneOf(['familie', 'vrienden', 'school-werk-buurt', 'vrijwilliger', 'professional'] as const),
	ring: oneOf([1, 2, 3] as const),
	steun: refine(
		list(oneOf(['praktisch', 'gezelschap', 'advies', 'emotioneel'] as const), 4),
		(steun) => new Set(steun).size === steun.length,
	),
	blijft: oneOf(['ja', 'nee', 'weet-niet'] as const),
	vasteVolwassene: bool,
	notitie: text(MAX_NOTITIE),
});
const momentStand = object({
	status: oneOf(['open', 'geregeld', 'niet-nodig'] as const),
	wie: text(MAX_WIE),
	voor: datum,
	notitie: text(MAX_NOTITIE),
});
const momentId = matches(CONTENT_ID, 80);
const v3 = refine(
	object({
		jongeren: refine(
			list(
				object({
					id: matches(LOCAL_ID, 40),
					...checklistFields,
					netwerk: refine(
						list(persoon, MAX_PERSONEN),
						uniqueBy((p) => p.id),
					),
					verjaardag18: matches(/^(\d{4}-(0[1-9]|1[0-2]))?$/, 7),
					tijdlijn: record(momentId, momentStand),
					regionaal: refine(list(momentId, MAX_REGIONAAL), (ids) => new Set(ids).size === ids.length),
				}),
				MAX_CHECKLISTS,
			),
			uniqueBy((j) => j.id),
		),
		activeId: nullable(text(40)),
	}),
	(data) => data.activeId === null || data.jongeren.some((j) => j.id === data.activeId),
);

export type Actie = Infer<typeof actie>;
export type VoorwaardeStand = Infer<typeof stand>;
export type Persoon = Infer<typeof persoon>;
export type MomentStand = Infer<typeof momentStand>;
export type WerkmapData = Infer<typeof v3>;
export type Jongere = WerkmapData['jongeren'][number];

/** No young people yet: what a first visit starts with. */
export function emptyWerkmap(): WerkmapData {
	return { jongeren: [], activeId: null };
}

/**
 * The werkmap per jongere, stored under the key of the BIG-5-checklist it
 * grew out of (`kb:tool:big5`): the id never changes, so every stored value
 * and every exported BIG-5 file still loads.
 */
export const werkmapTool: ToolDefinition<WerkmapData> = {
	id: 'big5',
	title: 'Werkmap en BIG-5-checklist',
	version: 3,
	validators: { 1: v1, 2: v2, 3: v3 },
	migrations: {
		// v1 kept any text in `actief`; v2 accepts only the id of a checklist that exists.
		1: ({ checklists, actief }: Infer<typeof v1>): Infer<typeof v2> => ({
			checklists,
			activeId: checklists.some((c) => c.id === actief) ? actief : null,
		}),
		// v3: each checklist becomes a young person's record, every field kept, the new parts empty.
		2: ({ checklists, activeId }: Infer<typeof v2>): WerkmapData => ({
			jongeren: checklists.map((c) => ({ ...c, netwerk: [], verjaardag18: '', tijdlijn: {}, regionaal: [] })),
			activeId,
		}),
	},
	empty: emptyWerkmap,
	describe: (data) => count(data.jongeren.length, 'jongere', 'jongeren'),
};
