import { describe, expect, it } from 'vitest';
import type { Antwoorden } from '../../../src/lib/zelfscan/scoring';
import { findBewijsVraagtekens, findVolgendeStappen } from '../../../src/lib/zelfscan/volgende-stappen';
import { loadScan } from './load';

const scan = loadScan('gemeentescan');
const ids = (list: { onderdeel: { id: string } }[]) => list.map((k) => k.onderdeel.id);

describe('next steps from the weakest answers', () => {
	it('gives no next step without answers, nor for the highest level or "niet van toepassing"', () => {
		expect(findVolgendeStappen(scan, {}).eerst).toEqual([]);
		const all4: Antwoorden = Object.fromEntries(
			scan.themas.flatMap((t) => t.onderdelen.map((o) => [o.id, { score: 4 }])),
		);
		all4['dg-keuze'] = { geenScore: 'nvt' };
		const result = findVolgendeStappen(scan, all4);
		expect(result.eerst).toEqual([]);
		expect(result.overige).toEqual([]);
	});

	it('puts the lowest answer first, from three different steps, whatever the band', () => {
		const result = findVolgendeStappen(scan, {
			'dg-keuze': { score: 3 },
			'dg-beleid-afstemmen': { score: 1 },
			'ls-cijfers-op-een-rij': { score: 1 },
			'ls-duiden': { score: 1 },
			'ik-contracten': { score: 2 },
			'rj-ervaring': { score: 4 },
		});
		expect(ids(result.eerst)).toEqual(['dg-beleid-afstemmen', 'ls-cijfers-op-een-rij', 'ik-contracten']);
		expect(result.overige.map((g) => [g.themaId, ids(g.stappen)])).toEqual([
			['bepaal-de-doelgroep', ['dg-keuze']],
			['analyseer-de-lokale-situatie', ['ls-duiden']],
		]);
	});

	it('at the same answer, puts "Hier wil ik over praten" first', () => {
		const result = findVolgendeStappen(scan, {
			'dg-keuze': { score: 2 },
			'ls-duiden': { score: 2 },
			'ed-rol': { score: 2, bespreken: true },
			'pv-afspraak': { score: 2 },
		});
		expect(ids(result.eerst)).toEqual(['ed-rol', 'dg-keuze', 'ls-duiden']);
	});

	it('fills the three from a step already used when fewer than three steps have a candidate', () => {
		const result = findVolgendeStappen(scan, { 'dg-keuze': { score: 2 }, 'dg-beleid-afstemmen': { score: 1 } });
		expect(ids(result.eerst)).toEqual(['dg-beleid-afstemmen', 'dg-keuze']);
	});

	it('shows what to do, who, the links and the description of the next level', () => {
		const [first] = findVolgendeStappen(scan, { 'tp-afspraken': { score: 2 } }).eerst;
		const item = scan.themas.flatMap((t) => t.onderdelen).find((o) => o.id === 'tp-afspraken');
		expect(first.volgendNiveau).toBe(item?.niveaus?.[2]);
		expect(first.onderdeel.volgendeStap.wat).toContain('toekomstplan');
		expect(first.onderdeel.volgendeStap.stappen).toContain('werk-met-een-toekomstplan');
	});

	it('lists "weet ik niet" apart, to find out first, and never among the three', () => {
		const result = findVolgendeStappen(scan, { 'dg-keuze': { geenScore: 'weet-niet' }, 'ls-duiden': { score: 3 } });
		expect(ids(result.uitzoeken)).toEqual(['dg-keuze']);
		expect(ids(result.eerst)).toEqual(['ls-duiden']);
	});
});

describe('evidence that does not back up a level', () => {
	const item = scan.themas[0].onderdelen[0]; // dg-keuze: two evidence questions at level 3
	it('asks about a chosen level 3 when a level-3 question is answered "nee"', () => {
		const found = findBewijsVraagtekens(item, { score: 3, bewijs: { 'dg-keuze-op-papier': 'nee' } }, 4);
		expect(found.map((f) => f.vraag)).toEqual([item.bewijs[0].vraag]);
	});
	it('says nothing for a lower level, a "ja" or a "deels"', () => {
		expect(findBewijsVraagtekens(item, { score: 2, bewijs: { 'dg-keuze-op-papier': 'nee' } }, 4)).toEqual([]);
		expect(
			findBewijsVraagtekens(item, { score: 4, bewijs: { 'dg-keuze-op-papier': 'ja', 'dg-keuze-reden': 'deels' } }, 4),
		).toEqual([]);
	});
});
