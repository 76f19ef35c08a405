import { describe, expect, it } from 'vitest';
import { summarizeTeam } from '../../../src/lib/team/overzicht';
import { buildRapport } from '../../../src/lib/team/rapport';
import { deelnemer, even, scan } from './support';

const overzicht = summarizeTeam(scan, [
	...[1, 2, 3].map(() => even('gemeente', 3, 4)),
	...[1, 2, 3].map(() => even('jeugdhulp', 1, 4)),
	deelnemer('onderwijs', { a1: [2, 'bespreken'], a2: 2 }),
	even(null, 2),
	even(null, 2),
]);

const rapport = buildRapport({
	overzicht,
	plan: {
		prioriteiten: ['a'],
		acties: [{ id: 'x', themaId: 'a', wat: 'Gesprek met jeugdhulp', wie: 'Beleid jeugd', voor: '1 april 2027' }],
	},
	ronde: 'Gemeente Oost, voorjaar 2027',
	datum: new Date(2027, 3, 2),
});

describe('the team report', () => {
	it('names the scan, the round and the date', () => {
		expect(rapport).toMatchObject({
			titel: 'Teamrapport: Testscan',
			ronde: 'Gemeente Oost, voorjaar 2027',
			datum: '2 april 2027',
			deelnemers: '9 deelnemers',
		});
	});

	it('counts the participants per role, "rol onbekend" last', () => {
		expect(rapport.perRol).toEqual([
			{ naam: 'Gemeente', aantal: 3 },
			{ naam: 'Jeugdhulp', aantal: 3 },
			{ naam: 'Onderwijs', aantal: 1 },
			{ naam: 'Rol onbekend', aantal: 2 },
		]);
	});

	it('gives a column only to roles with a median shown, and names the others', () => {
		expect(rapport.rolKolommen.map((r) => r?.id)).toEqual(['gemeente', 'jeugdhulp']);
		expect(rapport.rollenZonderKolom).toEqual(['Onderwijs', 'Rol onbekend']);
	});

	it('says where roles differ in a sentence', () => {
		expect(rapport.verschillen).toEqual([
			{ titel: 'Thema A', tekst: 'Gemeente ziet dit hoger (3,0) dan Jeugdhulp (1,0).' },
		]);
	});

	it('lists what people want to discuss, the plan, and how the scores were made', () => {
		expect(rapport.bespreken).toEqual([{ tekst: 'Onderdeel a1', thema: 'Thema A', aantal: 1 }]);
		expect(rapport.plan).toEqual([
			{ titel: 'Thema A', acties: [expect.objectContaining({ wat: 'Gesprek met jeugdhulp' })] },
		]);
		expect(rapport.uitleg.join(' ')).toMatch(/mediaan/);
		expect(rapport.uitleg.join(' ')).toMatch(/ten minste 3 deelnemers/);
	});
});
