import { describe, expect, it } from 'vitest';
import { summarizeTeam } from '../../../src/lib/team/overzicht';
import {
	aanleidingen,
	emptyPlan,
	keepKnownThemas,
	planStatus,
	planVoorRapport,
	type TeamActie,
	type TeamPlan,
} from '../../../src/lib/team/plan';
import { deelnemer, even, scan } from './support';

const actie = (id: string, themaId: string, wat: string, wie = 'Beleid', voor = '1 april 2027'): TeamActie => ({
	id,
	themaId,
	wat,
	wie,
	voor,
});
const titels = { a: 'Thema A', b: 'Thema B', c: 'Thema C' };

describe('whether the plan is ready', () => {
	it('asks for two or three themes first', () => {
		expect(planStatus(emptyPlan(), titels)).toEqual({
			klaar: false,
			open: ["Kies twee of drie thema's die het team als eerste oppakt."],
		});
		expect(planStatus({ prioriteiten: ['a'], acties: [actie('x', 'a', 'Notitie')] }, titels).open).toEqual([
			'Kies nog 1 thema: het team kiest er twee of drie.',
		]);
		expect(planStatus({ prioriteiten: ['a', 'b', 'c', 'd'], acties: [] }, titels).open[0]).toMatch(/hoogstens drie/);
	});

	it('asks for an action per theme, with who and before when', () => {
		const plan: TeamPlan = {
			prioriteiten: ['a', 'b'],
			acties: [actie('x', 'a', 'Notitie schrijven', ''), actie('y', 'b', '   ')],
		};
		expect(planStatus(plan, titels).open).toEqual([
			'Vul bij "Thema A" bij elke actie in wie het doet en vóór wanneer.',
			'Schrijf bij "Thema B" ten minste één actie op.',
		]);
	});

	it('is ready with two themes that each have a complete action', () => {
		const plan: TeamPlan = {
			prioriteiten: ['b', 'a'],
			acties: [actie('x', 'a', 'Notitie'), actie('y', 'b', 'Overleg')],
		};
		expect(planStatus(plan, titels)).toEqual({ klaar: true, open: [] });
	});
});

describe('the plan in the report', () => {
	it('keeps the order the team chose, and leaves out empty actions and actions of other themes', () => {
		const plan: TeamPlan = {
			prioriteiten: ['b', 'a'],
			acties: [
				actie('1', 'a', 'Eerste'),
				actie('2', 'c', 'Geen prioriteit'),
				actie('3', 'b', ''),
				actie('4', 'b', 'Tweede'),
			],
		};
		expect(planVoorRapport(plan)).toEqual([
			{ themaId: 'b', acties: [plan.acties[3]] },
			{ themaId: 'a', acties: [plan.acties[0]] },
		]);
	});

	it('drops themes the scan no longer has', () => {
		const plan: TeamPlan = { prioriteiten: ['a', 'weg'], acties: [actie('1', 'weg', 'Oud'), actie('2', 'a', 'Nieuw')] };
		expect(keepKnownThemas(plan, ['a', 'b'])).toEqual({ prioriteiten: ['a'], acties: [plan.acties[1]] });
	});
});

describe('hints for choosing priorities', () => {
	it('names low medians, role differences and marks to discuss; the team still chooses', () => {
		const team = summarizeTeam(scan, [
			...[1, 2, 3].map(() => even('gemeente', 3, 4)),
			...[1, 2, 3].map(() => even('jeugdhulp', 1, 4)),
			deelnemer(null, { b1: [4, 'bespreken'], b2: 4 }),
		]);
		expect(aanleidingen(team)).toEqual({ a: ['laag', 'verschil'], b: ['bespreken'] });
	});

	it('does not call a theme low when everyone gave it the top level', () => {
		expect(aanleidingen(summarizeTeam(scan, [even('gemeente', 4)]))).toEqual({});
	});
});
