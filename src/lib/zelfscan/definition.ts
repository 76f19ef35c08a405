import { count } from '../format';
import { CONTENT_ID, LOCAL_ID } from '../ids';
import { bool, type Check, type Infer, int, list, matches, object, oneOf, record, text } from '../storage/check';
import type { ToolDefinition } from '../storage/types';

/**
 * What the zelfscan tool keeps in the browser (tool id `zelfscan`). Every
 * released version stays here forever with its check, so data saved or
 * exported by any earlier version still loads
 * (tests/fixtures/storage/zelfscan-v<n>.json).
 *
 * Version 2:
 *
 *     {
 *       scans: [{                       // several scans side by side, each under a name
 *         id: 's-…',                    // local id, also in the URL (?scan=…)
 *         scanId: 'informele-steun',    // which zelfscan (content/zelfscans/<scanId>.yaml)
 *         name: 'Team Noord',
 *         createdAt, updatedAt,         // ISO date-times
 *         rondes: [{                    // oldest first; the last one is the current round
 *           id: 'r-…', startedAt, scanVersion,
 *           antwoorden: { '<stelling-id>': { score?: 0..9, bespreken?: true, notitie?: '…' } },
 *           prioriteiten: ['<thema-id>', …],           // 2 or 3 chosen themes
 *           acties: [{ id, themaId, wat, wie, voor }],
 *         }],
 *       }],
 *     }
 *
 * Version 3 (December 2026, scans of version 2): an answer's `score` is 1..9 only;
 * an answer without a value says which one it is in `geenScore`: 'weet-niet',
 * 'nvt', or 'weet-niet-of-nvt' (version 1 of the scans had one answer for both;
 * a stored score 0 becomes that answer and is never guessed to be one or the
 * other). `bewijs` holds evidence answers ('ja' | 'deels' | 'nee') by
 * evidence-question id; they never count in a score.
 *
 * Version 4 (December 2026): a round may hold `rol`, the role in a team
 * round that the participant chose at the deelcode (a role id of the scan's
 * content file), so it is still chosen after a reload.
 *
 * Version 1 had the same shape as version 2 with English names: `rounds`, `answers`
 * (`talk`, `note`), `priorities`, `actions` (`themeId`, `what`, `who`,
 * `when`). Keys of `antwoorden` are statement ids from the content files,
 * never user text: only content ids are allowed, so an import cannot
 * smuggle in keys such as "__proto__".
 */

export const MAX_NAME = 80;
export const MAX_NOTITIE = 2000;
export const MAX_FIELD = 300;

const localId = matches(LOCAL_ID, 40);
const contentId = matches(CONTENT_ID, 80);
const moment = text(40);
const field = text(MAX_FIELD);
const score = int(0, 9);

const scanFields = { id: localId, scanId: contentId, name: text(MAX_NAME, 1), createdAt: moment, updatedAt: moment };

const v1Answer = object({}, { score, talk: bool, note: text(MAX_NOTITIE) });
const v1Round = object({
	id: localId,
	startedAt: moment,
	scanVersion: int(1),
	answers: record(contentId, v1Answer),
	priorities: list(contentId, 20),
	actions: list(object({ id: localId, themeId: contentId, what: field, who: field, when: field }), 100),
});
const v1 = object({ scans: list(object({ ...scanFields, rounds: list(v1Round, 50, 1) }), 100) });

const antwoordFields = { bespreken: bool, notitie: text(MAX_NOTITIE) };
const antwoord = object({}, { score, ...antwoordFields });
// setAntwoord keeps one choice per item (a value or a no-value answer); should a file hold both, the value counts.
const antwoord3 = object(
	{},
	{
		score: int(1, 9),
		geenScore: oneOf(['weet-niet', 'nvt', 'weet-niet-of-nvt'] as const),
		bewijs: record(contentId, oneOf(['ja', 'deels', 'nee'] as const)),
		...antwoordFields,
	},
);
const actie = object({ id: localId, themaId: contentId, wat: field, wie: field, voor: field });
/** Versions 2 and 3 differ only in the answers; version 4 adds optional fields to a round. */
function rondesWith<A, O extends Record<string, Check<unknown>>>(answer: Check<A>, optional = {} as O) {
	const ronde = object(
		{
			id: localId,
			startedAt: moment,
			scanVersion: int(1),
			antwoorden: record(contentId, answer),
			prioriteiten: list(contentId, 20),
			acties: list(actie, 100),
		},
		optional,
	);
	return object({ scans: list(object({ ...scanFields, rondes: list(ronde, 50, 1) }), 100) });
}
const v2 = rondesWith(antwoord);
const v3 = rondesWith(antwoord3);
const v4 = rondesWith(antwoord3, { rol: contentId });

/**
 * One item's answer: `score` 1..n (a level or a point on the scale), or `geenScore`
 * for "weet ik niet" / "niet van toepassing"; without either: not answered yet.
 */
export type Antwoord = Infer<typeof antwoord3>;
/** Answers by item id. */
export type Antwoorden = Partial<Record<string, Antwoord>>;
export type GeenScore = NonNullable<Antwoord['geenScore']>;
export type BewijsAntwoord = NonNullable<NonNullable<Antwoord['bewijs']>[string]>;
export type Actie = Infer<typeof actie>;
export type Ronde = ZelfscanData['scans'][number]['rondes'][number];
export type ZelfscanData = Infer<typeof v4>;
export type SavedScan = ZelfscanData['scans'][number];
type DataV2 = Infer<typeof v2>;
type DataV3 = Infer<typeof v3>;

/** Version 1 names in English become the Dutch domain words; values stay as they are. */
function migrateV1(data: Infer<typeof v1>): DataV2 {
	const answer = ({ score, talk, note }: Infer<typeof v1Answer>): Infer<typeof antwoord> => ({
		...(score !== undefined && { score }),
		...(talk !== undefined && { bespreken: talk }),
		...(note !== undefined && { notitie: note }),
	});
	return {
		scans: data.scans.map(({ rounds, ...scan }) => ({
			...scan,
			rondes: rounds.map(({ answers, priorities, actions, ...round }) => ({
				...round,
				antwoorden: Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, answer(a ?? {})])),
				prioriteiten: priorities,
				acties: actions.map(({ id, themeId, what, who, when }) => ({
					id,
					themaId: themeId,
					wat: what,
					wie: who,
					voor: when,
				})),
			})),
		})),
	};
}

/** Score 0 was version 1's one answer "Weet ik niet / niet van toepassing": it stays that answer. */
function migrateV2(data: DataV2): DataV3 {
	const read = ({ score, ...rest }: Infer<typeof antwoord>): Antwoord =>
		score === 0 ? { ...rest, geenScore: 'weet-niet-of-nvt' } : score === undefined ? rest : { ...rest, score };
	return {
		scans: data.scans.map((scan) => ({
			...scan,
			rondes: scan.rondes.map((ronde) => ({
				...ronde,
				antwoorden: Object.fromEntries(Object.entries(ronde.antwoorden).map(([id, a]) => [id, read(a ?? {})])),
			})),
		})),
	};
}

/** The round being answered: the last one (a saved scan always has one). */
export function currentRonde(scan: SavedScan): Ronde {
	return scan.rondes[scan.rondes.length - 1];
}

export function emptyZelfscans(): ZelfscanData {
	return { scans: [] };
}

/** "2 scans, 3 rondes" for Mijn gegevens and the import preview. */
export function describeZelfscans(data: ZelfscanData): string {
	if (!data.scans.length) return 'Nog geen scans';
	const rondes = data.scans.reduce((n, s) => n + s.rondes.length, 0);
	return `${count(data.scans.length, 'scan', 'scans')}, ${count(rondes, 'ronde', 'rondes')}`;
}

export const zelfscanTool: ToolDefinition<ZelfscanData> = {
	id: 'zelfscan',
	title: 'Zelfscans',
	version: 4,
	validators: { 1: v1, 2: v2, 3: v3, 4: v4 },
	// Version 4 only adds the optional role: every version-3 round is a version-4 round.
	migrations: { 1: migrateV1, 2: migrateV2, 3: (data: DataV3): ZelfscanData => data },
	empty: emptyZelfscans,
	describe: describeZelfscans,
};
