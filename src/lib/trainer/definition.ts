import { count } from '../format';
import { CONTENT_ID, LOCAL_ID } from '../ids';
import { type Infer, list, matches, object, record, text } from '../storage/check';
import type { ToolDefinition } from '../storage/types';

/**
 * What the group overview keeps in the trainer's browser (tool id
 * `groepsoverzicht`). Version 2: `{ deelcodes: string[] }`, canonical
 * deelcodes only, in the order they were added. No names, no notes: a
 * deelcode holds scores and talk marks. Version 1 called the list `codes`;
 * version 3 (December 2026) also accepts format-2 codes, with role and round.
 *
 * Version 4 (December 2026) adds what a team decides together:
 *
 *     {
 *       deelcodes: [...],
 *       ronde: { naam: 'Gemeente Oost, voorjaar 2027', datum: '2027-03-12' },  // for the team report
 *       plannen: {                                   // by scan id (content/zelfscans/<scanId>.yaml)
 *         'gemeentescan': { prioriteiten: ['<thema-id>', …], acties: [{ id, themaId, wat, wie, voor }] },
 *       },
 *     }
 *
 * The plan has the shape of a single scan's round plan (../zelfscan/actieplan.ts works on both).
 *
 * Kept apart from groep.ts on purpose: Mijn gegevens needs this definition,
 * not the code that reads deelcodes and computes the group's numbers.
 */

export const MAX_DEELCODES = 500;
export const MAX_RONDE_NAAM = 80;
const deelcodes = list(matches(/^z\d+\.[a-z0-9-]+\.\d{1,6}\.[0-9a-z]*\.[0-9a-z]{3}$/, 400), MAX_DEELCODES);
/** Version 3 also holds format-2 deelcodes (`z2.<scan>.<versie>.<rol>.<ronde>.<antwoorden>.<check>`). */
const deelcodes3 = list(
	matches(/^z\d+\.[a-z0-9-]+\.\d{1,6}(\.[a-z0-9-]+\.[0-9a-z-]+)?\.[0-9a-z]*\.[0-9a-z]{3}$/, 400),
	MAX_DEELCODES,
);
const contentId = matches(CONTENT_ID, 80);
const field = text(300);
/**
 * The zelfscan's action (../zelfscan/definition.ts), written out here: importing it would load the zelfscan's
 * stored versions with this page's first view. tests/unit/team/plan.test.ts holds the two to the same shape.
 */
const actie = object({ id: matches(LOCAL_ID, 40), themaId: contentId, wat: field, wie: field, voor: field });
const plan = object({ prioriteiten: list(contentId, 20), acties: list(actie, 100) });

const v1 = object({ codes: deelcodes });
const v2 = object({ deelcodes });
const v3 = object({ deelcodes: deelcodes3 });
const v4 = object({
	deelcodes: deelcodes3,
	ronde: object({ naam: text(MAX_RONDE_NAAM), datum: text(10) }),
	plannen: record(contentId, plan),
});

export type GroepsoverzichtData = Infer<typeof v4>;
/** A team's priorities and actions for one scan. */
export type TeamPlan = Infer<typeof plan>;

export function emptyGroepsoverzicht(): GroepsoverzichtData {
	return { deelcodes: [], ronde: { naam: '', datum: '' }, plannen: {} };
}

export const groepsoverzichtTool: ToolDefinition<GroepsoverzichtData> = {
	id: 'groepsoverzicht',
	title: 'Groepsoverzicht',
	version: 4,
	validators: { 1: v1, 2: v2, 3: v3, 4: v4 },
	migrations: {
		1: ({ codes }: Infer<typeof v1>): Infer<typeof v2> => ({ deelcodes: codes }),
		// Every version-2 code is a valid version-3 code: nothing changes.
		2: (data: Infer<typeof v2>): Infer<typeof v3> => data,
		// A session of before version 4 has no round name and no plan yet.
		3: ({ deelcodes }: Infer<typeof v3>): GroepsoverzichtData => ({ ...emptyGroepsoverzicht(), deelcodes }),
	},
	empty: emptyGroepsoverzicht,
	describe: (data) => {
		const n = Object.values(data.plannen).reduce((sum, p) => sum + (p?.acties.length ?? 0), 0);
		const codes = count(data.deelcodes.length, 'deelcode', 'deelcodes');
		return n ? `${codes}, ${count(n, 'actie', 'acties')}` : codes;
	},
};
