import { describe, expect, it } from 'vitest';
import { makeEnvelope } from '../../../src/lib/storage/envelope';
import { parseImport } from '../../../src/lib/storage/files';
import { METHODE, mediaanText, rapportRonde } from '../../../src/lib/team/rapport';
import { emptyGroepsoverzicht, groepsoverzichtTool, type TeamPlan } from '../../../src/lib/trainer/definition';
import {
	actieplan,
	choosePrioriteit,
	MAX_PRIORITEITEN,
	teveelPrioriteiten,
	updateActie,
} from '../../../src/lib/zelfscan/actieplan';

const tool = groepsoverzichtTool as Parameters<typeof parseImport>[1][number];

describe('the team plan: the same logic as a single scan’s plan', () => {
	it('allows up to three priorities and says so in Dutch for a fourth', () => {
		for (let n = 0; n <= MAX_PRIORITEITEN; n++) expect(teveelPrioriteiten(n)).toBeNull();
		expect(teveelPrioriteiten(4)).toBe(
			"U heeft 4 thema's gekozen. Kies er niet meer dan 3, dan blijft het plan haalbaar.",
		);
	});

	it('a chosen theme gets an action to fill in; dropping it keeps the action for when it comes back', () => {
		let plan: TeamPlan = { prioriteiten: [], acties: [] };
		plan = choosePrioriteit(plan, 'waarde', true);
		plan = choosePrioriteit(plan, 'sleutelfiguren', true);
		expect(plan.prioriteiten).toEqual(['waarde', 'sleutelfiguren']);
		const [eerste] = plan.acties;
		plan = updateActie(plan, eerste.id, { wat: 'Netwerkkaart in elk plan', wie: 'Wijkteam', voor: 'juni 2027' });
		plan = choosePrioriteit(plan, 'waarde', false);
		expect(actieplan(plan).map((p) => p.themaId)).toEqual(['sleutelfiguren']);
		plan = choosePrioriteit(plan, 'waarde', true);
		expect(actieplan(plan)[1].acties).toEqual([
			{ id: eerste.id, themaId: 'waarde', wat: 'Netwerkkaart in elk plan', wie: 'Wijkteam', voor: 'juni 2027' },
		]);
	});
});

describe('the plan travels with the session file', () => {
	const session = {
		...emptyGroepsoverzicht(),
		deelcodes: ['z1.informele-steun.1.6940.jiz'],
		ronde: { naam: 'Gemeente Oost, voorjaar 2027', datum: '2027-03-12' },
		plannen: {
			'informele-steun': {
				prioriteiten: ['waarde', 'sleutelfiguren'],
				acties: [{ id: 'a-1', themaId: 'waarde', wat: 'Netwerkkaart', wie: 'Wijkteam', voor: 'juni 2027' }],
			},
		},
	};

	it('an exported session opens again with its round and plan', () => {
		const file = JSON.stringify(makeEnvelope(groepsoverzichtTool, session, 3));
		const result = parseImport(file, [tool], 'groepsoverzicht');
		expect(result.ok && result.items[0].data).toEqual(session);
	});

	it('a session file of before the plans opens with an empty plan', () => {
		const file = JSON.stringify({
			...makeEnvelope(groepsoverzichtTool, session, 3),
			schemaVersion: 3,
			data: { deelcodes: session.deelcodes },
		});
		const result = parseImport(file, [tool], 'groepsoverzicht');
		expect(result.ok && result.items[0].data).toEqual({ ...emptyGroepsoverzicht(), deelcodes: session.deelcodes });
	});

	it('an imported plan with markup in its ids is refused, nothing half-read', () => {
		const bad = { ...session, plannen: { 'informele-steun': { prioriteiten: ['<img src=x>'], acties: [] } } };
		const result = parseImport(JSON.stringify(makeEnvelope(groepsoverzichtTool, bad, 3)), [tool], 'groepsoverzicht');
		expect(result.ok).toBe(false);
	});
});

describe('the words of the team report', () => {
	it('shows the round name and date, or says there is none', () => {
		const today = new Date(2026, 11, 2);
		expect(rapportRonde({ naam: ' Gemeente Oost ', datum: '2027-03-12' }, today)).toEqual({
			naam: 'Gemeente Oost',
			datum: '12 maart 2027',
		});
		expect(rapportRonde({ naam: '', datum: '' }, today)).toEqual({
			naam: 'Ronde zonder naam',
			datum: 'gemaakt op 2 december 2026',
		});
	});

	it('explains the method with the role threshold, and names a missing median', () => {
		expect(METHODE.join(' ')).toContain('ten minste 3 deelnemers');
		expect(mediaanText(null)).toBe('geen mediaan');
		expect(mediaanText(2.5)).toBe('mediaan 2,5');
	});
});

describe('one shape of an action', () => {
	it('the team plan accepts exactly the actions a single scan’s round accepts', async () => {
		const { zelfscanTool } = await import('../../../src/lib/zelfscan/definition');
		const ronde = (acties: unknown[]) => ({
			scans: [
				{
					id: 's-1',
					scanId: 'informele-steun',
					name: 'Team',
					createdAt: '2026-12-01T10:00:00.000Z',
					updatedAt: '2026-12-01T10:00:00.000Z',
					rondes: [
						{
							id: 'r-1',
							startedAt: '2026-12-01T10:00:00.000Z',
							scanVersion: 2,
							antwoorden: {},
							prioriteiten: [],
							acties,
						},
					],
				},
			],
		});
		const team = (acties: unknown[]) => ({ ...emptyGroepsoverzicht(), plannen: { x: { prioriteiten: [], acties } } });
		const goed = { id: 'a-1', themaId: 'waarde', wat: 'Iets', wie: 'Wie', voor: 'juni' };
		for (const actie of [
			goed,
			{ ...goed, wat: 'x'.repeat(300) },
			{ ...goed, wat: 'x'.repeat(301) },
			{ ...goed, id: 'A B' },
			{ ...goed, themaId: '-x' },
			{ ...goed, extra: 1 },
			{ id: 'a-1', themaId: 'waarde', wat: '' },
		]) {
			expect(groepsoverzichtTool.validators[4]?.(team([actie]))).toBe(zelfscanTool.validators[3]?.(ronde([actie])));
		}
	});
});
