import { describe, expect, it } from 'vitest';
import {
	addPersoon,
	findHiaten,
	naamProbleem,
	newPersoon,
	type Persoon,
	removePersoon,
	restorePersoon,
	telt,
	updatePersoon,
} from '../../../src/lib/werkmap/netwerk';

function persoon(id: string, naam: string, change: Partial<Persoon> = {}): Persoon {
	return { ...newPersoon(id, naam), ...change };
}

const teksten = (netwerk: Persoon[]) => findHiaten(netwerk).map((h) => h.tekst);

/** The example of the issue: five people, three professionals who stop at 18. */
const vijf: Persoon[] = [
	persoon('p1', 'moeder', { relatie: 'familie', steun: ['praktisch', 'gezelschap'], blijft: 'ja' }),
	persoon('p2', 'Sam', { relatie: 'vrienden', ring: 2, steun: ['gezelschap'], blijft: 'ja' }),
	persoon('p3', 'mentor', { relatie: 'professional', ring: 2, steun: ['advies'], blijft: 'nee' }),
	persoon('p4', 'ambulant hulpverlener', {
		relatie: 'professional',
		ring: 2,
		steun: ['emotioneel', 'advies'],
		blijft: 'nee',
	}),
	persoon('p5', 'gezinsvoogd', { relatie: 'professional', ring: 3, steun: ['advies'], blijft: 'nee' }),
];

describe('gaps in a network', () => {
	it('says so when nobody is there yet', () => {
		expect(teksten([])).toEqual(['Er staat nog niemand in de netwerkkaart.']);
	});

	it('finds the three gaps of the issue in its example', () => {
		expect(teksten(vijf)).toEqual([
			'Nog geen vaste volwassene.',
			'Na 18 is er niemand meer voor emotionele steun: ambulant hulpverlener stopt dan.',
			'Na 18 is er niemand meer voor advies of informatie: mentor, ambulant hulpverlener en gezinsvoogd stoppen dan.',
			'3 van de 5 mensen stoppen bij 18 (professionals).',
		]);
	});

	it('says "Niemand voor emotionele steun" when nobody gives it', () => {
		const zonder = vijf.filter((p) => p.id !== 'p4');
		expect(teksten(zonder)).toContain('Niemand voor emotionele steun.');
	});

	it('names each kind of support that nobody gives', () => {
		expect(teksten([persoon('p1', 'oma', { steun: ['emotioneel'], blijft: 'ja', vasteVolwassene: true })])).toEqual([
			'Niemand voor praktische hulp.',
			'Niemand voor advies of informatie.',
			'Niemand voor gezelschap.',
		]);
	});

	it('splits who stops by kind of relation when they differ', () => {
		const netwerk = [...vijf, persoon('p6', 'oom', { steun: ['emotioneel'], blijft: 'nee' })];
		expect(teksten(netwerk)).toContain('4 van de 6 mensen stoppen bij 18 (1 familielid, 3 professionals).');
	});

	it('writes one person who stops in the singular, and all who stop as "alle"', () => {
		const een = [vijf[0]!, { ...vijf[2]! }];
		expect(teksten(een)).toContain('1 van de 2 mensen stopt bij 18 (professional).');
		const alle = vijf.slice(2);
		expect(teksten(alle)).toContain('Alle 3 mensen stoppen bij 18 (professionals).');
		expect(teksten([vijf[2]!])).toContain('De enige persoon in de netwerkkaart stopt bij 18 (professional).');
	});

	it('asks about people of whom nobody knows yet whether they stay', () => {
		const netwerk = [...vijf, persoon('p6', 'buurvrouw', { relatie: 'school-werk-buurt' })];
		expect(teksten(netwerk)).toContain('Van buurvrouw is nog niet bekend of die na 18 blijft.');
		const twee = [...netwerk, persoon('p7', 'trainer', { relatie: 'school-werk-buurt' })];
		expect(teksten(twee)).toContain('Van 2 mensen is nog niet bekend of ze na 18 blijven.');
	});
});

describe('the vaste volwassene', () => {
	it('removes the gap once someone who stays is marked', () => {
		const netwerk = updatePersoon(vijf, 'p1', { vasteVolwassene: true });
		expect(teksten(netwerk)).not.toContain('Nog geen vaste volwassene.');
		expect(findHiaten(netwerk).some((h) => h.id.includes('vaste-volwassene'))).toBe(false);
	});

	it('does not count someone who stops at 18, and says why', () => {
		const netwerk = updatePersoon(vijf, 'p3', { vasteVolwassene: true });
		expect(telt(netwerk.find((p) => p.id === 'p3')!)).toBe(false);
		expect(teksten(netwerk)[0]).toBe('Nog geen vaste volwassene die blijft: mentor stopt bij 18.');
	});

	it('counts someone of whom it is not known yet, with a question to ask', () => {
		const netwerk = updatePersoon(vijf, 'p2', { vasteVolwassene: true, blijft: 'weet-niet' });
		const hiaten = findHiaten(netwerk);
		expect(hiaten.map((h) => h.tekst)).not.toContain('Nog geen vaste volwassene.');
		expect(hiaten.find((h) => h.id === 'vaste-volwassene-onzeker')).toEqual({
			id: 'vaste-volwassene-onzeker',
			soort: 'vraag',
			tekst: 'Nog niet bekend of Sam na 18 blijft.',
		});
	});

	it('may be more than one person, and then names them all', () => {
		let netwerk = updatePersoon(vijf, 'p3', { vasteVolwassene: true });
		netwerk = updatePersoon(netwerk, 'p5', { vasteVolwassene: true });
		expect(teksten(netwerk)[0]).toBe('Nog geen vaste volwassene die blijft: mentor en gezinsvoogd stoppen bij 18.');
	});
});

describe('changing the network', () => {
	it('adds a person with a trimmed name and support in fixed order, each once', () => {
		const netwerk = addPersoon([], {
			...newPersoon('p1', '  oma  '),
			steun: ['emotioneel', 'praktisch', 'emotioneel'],
		});
		expect(netwerk[0]).toMatchObject({ naam: 'oma', steun: ['praktisch', 'emotioneel'] });
	});

	it('changes one person and leaves the input untouched', () => {
		const voor = structuredClone(vijf);
		const na = updatePersoon(vijf, 'p2', { ring: 1, steun: ['emotioneel', 'gezelschap'] });
		expect(vijf).toEqual(voor);
		expect(na.find((p) => p.id === 'p2')).toMatchObject({ ring: 1, steun: ['gezelschap', 'emotioneel'] });
		expect(na.filter((p) => p.id !== 'p2')).toEqual(vijf.filter((p) => p.id !== 'p2'));
	});

	it('puts a removed person back in the same place, once', () => {
		const { netwerk, removed } = removePersoon(vijf, 'p3');
		expect(netwerk.map((p) => p.id)).toEqual(['p1', 'p2', 'p4', 'p5']);
		const terug = restorePersoon(netwerk, removed!);
		expect(terug).toEqual(vijf);
		expect(restorePersoon(terug, removed!)).toEqual(vijf);
		expect(removePersoon(vijf, 'bestaat-niet').removed).toBe(null);
	});

	it('asks for a role or first name', () => {
		expect(naamProbleem('  ')).toMatch(/rol of voornaam/);
		expect(naamProbleem('x'.repeat(61))).toMatch(/hoogstens 60/);
		expect(naamProbleem('mentor')).toBe(null);
	});
});
