import { describe, expect, it } from 'vitest';
import { newJongere } from '../../../src/lib/werkmap/jongeren';
import { newPersoon, type Persoon } from '../../../src/lib/werkmap/netwerk';
import { buildPlan, MAX_KOMT_ERAAN, MAX_MENSEN, type PlanInput } from '../../../src/lib/werkmap/plan';
import { buildTijdlijn, legeMomentStand } from '../../../src/lib/werkmap/tijdlijn';
import { moment } from './support';

const momenten = [
	moment('zorgverzekering', 0, {
		titel: 'Zorgverzekering',
		regelen: ['Kies een zorgverzekering'],
		wieHelpt: 'je ouders of je mentor',
	}),
	moment('digid', -3, { titel: 'DigiD' }),
	moment('oud', -30, { titel: 'Iets van lang geleden' }),
	moment('later', 48, { titel: 'Later' }),
];

const netwerk: Persoon[] = [
	{ ...newPersoon('p1', 'mentor'), relatie: 'professional', ring: 2, steun: ['advies'], blijft: 'nee' },
	{ ...newPersoon('p2', 'oma'), ring: 1, steun: ['praktisch', 'emotioneel'], blijft: 'ja', vasteVolwassene: true },
	{ ...newPersoon('p3', 'Sam'), relatie: 'vrienden', ring: 1, steun: ['gezelschap'], blijft: 'ja' },
	{ ...newPersoon('p4', 'buurvrouw'), relatie: 'school-werk-buurt', ring: 3, steun: ['advies'], blijft: 'ja' },
];

function input(change: Partial<PlanInput> = {}): PlanInput {
	const checklist = newJongere('j1', 'J-01');
	checklist.voorwaarden.wonen = {
		status: 'deels',
		toelichting: 'Kamer tot maart',
		actie: { wat: 'Inschrijven als woningzoekende', wie: 'mentor', voor: '2026-11-20' },
	};
	checklist.voorwaarden.volwassene.status = 'geregeld';
	const today = '2026-12-01';
	const tijdlijn = buildTijdlijn({
		momenten,
		verjaardag18: '2027-03',
		tijdlijn: { digid: { ...legeMomentStand(), wie: 'mentor' } },
		regionaal: [],
		today,
	});
	return {
		code: 'J-01',
		netwerk,
		voorwaarden: checklist.voorwaarden,
		volgendGesprek: '2026-12-15',
		tijdlijn,
		today,
		...change,
	};
}

describe('Mijn plan', () => {
	it('lists who is there: the vaste volwassene first, then the others closest first', () => {
		const plan = buildPlan(input());
		expect(plan.mensen.map((m) => m.naam)).toEqual(['oma', 'Sam', 'mentor', 'buurvrouw']);
		expect(plan.mensen[0]).toEqual({ naam: 'oma', steun: 'praktische hulp, emotionele steun', vasteVolwassene: true });
		expect(plan.vasteVolwassenen).toEqual(['oma']);
	});

	it('says per leefgebied what is arranged, in words for the young person, with the next step', () => {
		const plan = buildPlan(input());
		expect(plan.leefgebieden.map((l) => [l.titel, l.status])).toEqual([
			['Iemand die blijft', 'Geregeld'],
			['Wonen', 'Voor een deel geregeld'],
			['School, werk of dagbesteding', 'Nog niet besproken'],
			['Geld', 'Nog niet besproken'],
			['Zorg en hulp', 'Nog niet besproken'],
		]);
		expect(plan.leefgebieden[1]!.actie).toEqual({
			wat: 'Inschrijven als woningzoekende',
			wie: 'mentor',
			voor: '20 november 2026',
		});
		expect(plan.leefgebieden[0]!.actie).toBe(null);
	});

	it('puts what comes next in order: late first, then by date, with who helps', () => {
		const plan = buildPlan(input());
		expect(plan.komtEraan.map((p) => [p.titel, p.wanneer, p.signaal])).toEqual([
			['Iets van lang geleden', 'september 2024', 'Te laat'],
			['Wonen: Inschrijven als woningzoekende', 'Vóór 20 november 2026', 'Te laat'],
			['DigiD', 'december 2026', 'Deze maand'],
			['Zorgverzekering', 'maart 2027', 'Binnenkort'],
			['Later', 'maart 2031', ''],
		]);
		expect(plan.komtEraan.find((p) => p.titel === 'DigiD')!.wie).toBe('mentor');
		expect(plan.komtEraan.find((p) => p.titel === 'Zorgverzekering')).toMatchObject({
			wie: 'je ouders of je mentor',
			regelen: ['Kies een zorgverzekering'],
		});
	});

	it('leaves out what is arranged, not needed, or long past and settled', () => {
		const base = input();
		const tijdlijn = buildTijdlijn({
			momenten,
			verjaardag18: '2027-03',
			tijdlijn: {
				digid: { ...legeMomentStand(), status: 'geregeld' },
				zorgverzekering: { ...legeMomentStand(), status: 'niet-nodig' },
				oud: { ...legeMomentStand(), status: 'geregeld' },
			},
			regionaal: [],
			today: base.today,
		});
		const titels = buildPlan({ ...base, tijdlijn }).komtEraan.map((p) => p.titel);
		expect(titels).not.toContain('DigiD');
		expect(titels).not.toContain('Zorgverzekering');
		expect(titels).not.toContain('Iets van lang geleden');
	});

	it('names who to call: the vaste volwassene first, then who stays and gives emotional support or advice', () => {
		expect(buildPlan(input()).bellen).toEqual([
			{ naam: 'oma', waarvoor: 'als je ergens mee zit, of niet weet wat je moet doen' },
			{ naam: 'buurvrouw', waarvoor: 'advies of informatie' },
		]);
	});

	it('fits one page: long lists are cut and counted', () => {
		const veel = Array.from({ length: 15 }, (_, i) => ({ ...newPersoon(`p${i}`, `persoon ${i}`), ring: 3 as const }));
		const veelMomenten = Array.from({ length: 12 }, (_, i) => moment(`m${i}`, i + 1));
		const base = input();
		const tijdlijn = buildTijdlijn({
			momenten: veelMomenten,
			verjaardag18: '2027-03',
			tijdlijn: {},
			regionaal: [],
			today: base.today,
		});
		const plan = buildPlan({ ...base, netwerk: veel, tijdlijn });
		expect(plan.mensen).toHaveLength(MAX_MENSEN);
		expect(plan.meerMensen).toBe(5);
		expect(plan.komtEraan).toHaveLength(MAX_KOMT_ERAAN);
		// 12 moments ahead, the late BIG-5 action and nothing else.
		expect(plan.meerPunten).toBe(12 + 1 - MAX_KOMT_ERAAN);
	});

	it('never hides a vaste volwassene in "en nog … anderen", however far out their ring', () => {
		const dichtbij = Array.from({ length: 12 }, (_, i) => newPersoon(`p${i}`, `persoon ${i}`));
		const ria = { ...newPersoon('p-ria', 'tante Ria'), ring: 3 as const, vasteVolwassene: true };
		const plan = buildPlan({ ...input(), netwerk: [...dichtbij, ria] });
		expect(plan.mensen[0]).toMatchObject({ naam: 'tante Ria', vasteVolwassene: true });
		expect(plan.meerMensen).toBe(3);
	});

	it('writes the dates out', () => {
		const plan = buildPlan(input());
		expect(plan.datum).toBe('1 december 2026');
		expect(plan.volgendGesprek).toBe('15 december 2026');
		expect(buildPlan(input({ volgendGesprek: '' })).volgendGesprek).toBe('');
	});
});
