import { describe, expect, it } from 'vitest';
import { migrateToCurrent } from '../../../src/lib/storage/envelope';
import { zelfscanTool } from '../../../src/lib/zelfscan/definition';
import { formatTelling, resultaatScan, resultaatThema } from '../../../src/lib/zelfscan/profiel';
import { formatThemaScore, scoringUitleg } from '../../../src/lib/zelfscan/results';
import type { Antwoorden } from '../../../src/lib/zelfscan/scoring';
import { loadEerder, loadScan } from './load';

const scan = loadScan('gemeentescan');
/** A theme of four items, to test the rules on their own. */
const thema = {
	id: 't',
	titel: 'Thema',
	onderdelen: ['a', 'b', 'c', 'd'].map((id) => ({ id, tekst: `Onderdeel ${id}`, niveaus: ['1', '2', '3', '4'] })),
};
const shape = { ...scan, themas: [thema] };
const answers = (...values: (number | 'weet-niet' | 'nvt' | null)[]): Antwoorden =>
	Object.fromEntries(
		values.flatMap((v, i) =>
			v === null ? [] : [[thema.onderdelen[i].id, typeof v === 'number' ? { score: v } : { geenScore: v }]],
		),
	);
const score = (...values: (number | 'weet-niet' | 'nvt' | null)[]) => resultaatThema(shape, thema, answers(...values));

describe('scoring a theme (version 2)', () => {
	it('gives no score for one counted answer among three "weet ik niet" (version 1 said 4,0, Stevig geregeld)', () => {
		const s = score(4, 'weet-niet', 'weet-niet', 'weet-niet');
		expect(s.average).toBeNull();
		expect(s.stand).toBeNull();
		expect(formatTelling(s)).toBe('1 van de 4 beantwoord, 3 weet ik niet');
		expect(formatThemaScore(s)).toBe('Geen gemiddelde: maar 1 onderdeel heeft een antwoord');
	});

	it('shows the honest count: "3 van de 4 beantwoord, 1 weet ik niet"', () => {
		const s = score(2, 3, 3, 'weet-niet');
		expect(formatTelling(s)).toBe('3 van de 4 beantwoord, 1 weet ik niet');
		expect(s.average).toBe(2.7);
	});

	it('counts "niet van toepassing" and open items apart from "weet ik niet"', () => {
		const s = score(3, 'nvt', 'weet-niet', null);
		expect([s.counted, s.weetNiet, s.nvt, s.open]).toEqual([1, 1, 1, 1]);
		expect(formatTelling(s)).toBe('1 van de 4 beantwoord, 1 weet ik niet, 1 niet van toepassing, 1 nog open');
	});

	it('never calls a theme strong while one answer is at the bottom: 1-4-4-4 is "Onderweg", lowest 1', () => {
		const s = score(1, 4, 4, 4);
		expect(s.average).toBe(3.3);
		expect(s.lowest).toBe(1);
		expect(s.stand?.naam).toBe('Onderweg');
		expect(formatThemaScore(s)).toBe('3,3 (laagste: 1)');
	});

	it('does not let 1-4-1-4 hide behind 2,5: the lowest answer is shown with the mean', () => {
		expect(formatThemaScore(score(1, 4, 1, 4))).toBe('2,5 (laagste: 1)');
	});

	it('is strict about "Stevig geregeld": all at level 3 or higher', () => {
		expect(score(3, 3, 3, 3).stand?.naam).toBe('Stevig geregeld');
		expect(score(3, 3, 4, 2).stand?.naam).toBe('Onderweg');
		expect(score(1, 1, 2, 1).stand?.naam).toBe('Nog aan het begin');
	});

	it('starts with the profile: every item with the description that was picked, in the order of the scan', () => {
		const [first] = resultaatScan(scan, { 'dg-keuze': { score: 2 }, 'dg-beleid-afstemmen': { geenScore: 'nvt' } });
		expect(first.profiel.map((p) => [p.id, p.label])).toEqual([
			['dg-keuze', 'Eerste stappen'],
			['dg-beleid-afstemmen', 'Niet van toepassing'],
		]);
		expect(first.profiel[0].beschrijving).toBe(scan.themas[0].onderdelen[0].niveaus?.[1]);
	});

	it("explains the scoring in two sentences, in the scan's own words", () => {
		const text = scoringUitleg(scan, { thema: 'stap', onderdelen: 'onderdelen' });
		expect(text).toHaveLength(2);
		expect(text[0]).toContain('Een stap krijgt pas een gemiddelde als ten minste twee onderdelen');
		expect(text[1]).toContain(
			"'Stevig geregeld' krijgt een stap alleen als geen enkel antwoord lager is dan 'Afgesproken'",
		);
	});
});

describe('reading rounds of version 1 after the migration of stored data', () => {
	it('keeps version 1\'s one answer "weet ik niet / niet van toepassing" as it was chosen', () => {
		const v1 = loadEerder('informele-steun', 1);
		const stored = {
			scans: [
				{
					id: 's-1',
					scanId: 'informele-steun',
					name: 'Team',
					createdAt: '2026-11-01T09:00:00.000Z',
					updatedAt: '2026-11-01T09:00:00.000Z',
					rondes: [
						{
							id: 'r-1',
							startedAt: '2026-11-01T09:00:00.000Z',
							scanVersion: 1,
							antwoorden: {
								'wn-vast-onderwerp': { score: 2 },
								'wn-in-kaart': { score: 0, bespreken: true },
								'wn-eigen-kracht': { notitie: 'Bespreken' },
							},
							prioriteiten: [],
							acties: [],
						},
					],
				},
			],
		};
		expect(zelfscanTool.validators[2](stored)).toBe(true);
		const migrated = migrateToCurrent(zelfscanTool, 2, stored);
		if (!migrated.ok) throw new Error('migration failed');
		const read = migrated.data.scans[0].rondes[0].antwoorden;
		expect(read['wn-in-kaart']).toEqual({ geenScore: 'weet-niet-of-nvt', bespreken: true });
		const [s] = resultaatScan(v1, read);
		expect(formatTelling(s)).toBe('1 van de 4 beantwoord, 1 weet ik niet of niet van toepassing, 2 nog open');
		expect(s.profiel[1].label).toBe('Weet ik niet / niet van toepassing');
		expect(s.stand).toBeNull();
	});
});
