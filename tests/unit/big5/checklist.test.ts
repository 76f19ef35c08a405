import { describe, expect, it } from 'vitest';
import {
	datumLeesbaar,
	datumVan,
	isTeLaat,
	legeChecklist,
	OORDEEL_ALLES_GEREGELD,
	samenvatting,
	sorteerActies,
	telzin,
} from '../../../src/lib/big5/checklist';
import {
	STATUSSEN,
	VOORWAARDE_IDS,
	type Checklist,
	type Status,
	type VoorwaardeId,
} from '../../../src/lib/big5/definitie';
import { VOORWAARDEN } from '../../../src/lib/big5/voorwaarden';
import { UITLEG } from '../../../src/lib/big5/uitleg';

const VANDAAG = '2026-11-22';

function met(
	statussen: Partial<Record<VoorwaardeId, Status>>,
	acties: Partial<Record<VoorwaardeId, [string, string, string]>> = {},
): Checklist {
	const c = legeChecklist('j1', 'Sam');
	for (const [id, status] of Object.entries(statussen)) c.voorwaarden[id as VoorwaardeId].status = status;
	for (const [id, [wat, wie, voor]] of Object.entries(acties))
		c.voorwaarden[id as VoorwaardeId].actie = { wat, wie, voor };
	return c;
}

describe('voorwaarden', () => {
	it('has the five conditions in order, each with a Big 5 domain, help and links', () => {
		expect(VOORWAARDEN.map((v) => v.nr)).toEqual([1, 2, 3, 4, 5]);
		expect(VOORWAARDEN.map((v) => v.domein)).toEqual(['Support', 'Wonen', 'School & werk', 'Inkomen', 'Welzijn']);
		for (const v of VOORWAARDEN) {
			expect(UITLEG[v.id].letOp.length).toBeGreaterThan(0);
			expect(UITLEG[v.id].stappen.length + UITLEG[v.id].voorbeelden.length).toBeGreaterThan(0);
		}
	});

	it('explains why care up to 27 maps to welzijn', () => {
		const zorg = VOORWAARDEN.find((v) => v.id === 'zorg')!;
		expect(zorg.titel).toMatch(/27/);
		expect(zorg.domeinToelichting).toMatch(/welzijn/);
	});
});

describe('samenvatting', () => {
	it('starts with nothing arranged and every condition open as "Nog niet besproken"', () => {
		const s = samenvatting(legeChecklist('j1', 'Sam'), VANDAAG);
		expect(s.aantalGeregeld).toBe(0);
		expect(s.allesGeregeld).toBe(false);
		expect(s.openVoorwaarden.map((o) => o.status)).toEqual(['open', 'open', 'open', 'open', 'open']);
		expect(telzin(s)).toBe('0 van de 5 voorwaarden zijn geregeld.');
	});

	it('counts only "Geregeld" as arranged; "Deels geregeld" stays open', () => {
		const s = samenvatting(met({ volwassene: 'geregeld', wonen: 'deels', inkomen: 'niet' }), VANDAAG);
		expect(s.aantalGeregeld).toBe(1);
		expect(telzin(s)).toBe('1 van de 5 voorwaarden is geregeld.');
		expect(s.openVoorwaarden.map((o) => [o.voorwaarde.id, o.status])).toEqual([
			['wonen', 'deels'],
			['dagbesteding', 'open'],
			['inkomen', 'niet'],
			['zorg', 'open'],
		]);
	});

	it('gives the verdict only when all five are "Geregeld"', () => {
		const alles = Object.fromEntries(VOORWAARDE_IDS.map((id) => [id, 'geregeld'])) as Record<VoorwaardeId, Status>;
		expect(samenvatting(met(alles), VANDAAG).allesGeregeld).toBe(true);
		expect(OORDEEL_ALLES_GEREGELD).toBe('Alle vijf voorwaarden zijn geregeld.');
		for (const id of VOORWAARDE_IDS) {
			for (const anders of STATUSSEN.filter((s) => s !== 'geregeld')) {
				const s = samenvatting(met({ ...alles, [id]: anders }), VANDAAG);
				expect(s.allesGeregeld).toBe(false);
				expect(s.aantalGeregeld).toBe(4);
			}
		}
	});

	it('lists open actions by date, undated last, and marks the late ones', () => {
		const s = samenvatting(
			met(
				{ volwassene: 'niet', wonen: 'deels', dagbesteding: 'niet', inkomen: 'deels', zorg: 'niet' },
				{
					volwassene: ['Netwerkberaad plannen', 'mentor', ''],
					wonen: ['Wmo-aanvraag indienen', 'jongere en mentor', '2026-12-15'],
					dagbesteding: ['Intake school', 'jongere', '2026-11-01'],
					inkomen: ['Zorgtoeslag aanvragen', 'jongere', VANDAAG],
					zorg: ['Huisarts bellen', 'jongere', '2026-11-21'],
				},
			),
			VANDAAG,
		);
		expect(s.openActies.map((a) => [a.actie.wat, a.teLaat])).toEqual([
			['Intake school', true],
			['Huisarts bellen', true],
			['Zorgtoeslag aanvragen', false],
			['Wmo-aanvraag indienen', false],
			['Netwerkberaad plannen', false],
		]);
		expect(s.aantalTeLaat).toBe(2);
	});

	it('leaves out empty actions and actions of conditions that are arranged or not yet discussed', () => {
		const s = samenvatting(
			met(
				{ volwassene: 'geregeld', wonen: 'open', dagbesteding: 'deels' },
				{ volwassene: ['Oud plan', 'x', '2020-01-01'], wonen: ['Nog niet', 'x', '2020-01-01'] },
			),
			VANDAAG,
		);
		expect(s.openActies).toEqual([]);
		expect(s.aantalTeLaat).toBe(0);
	});
});

describe('dates', () => {
	it('is late only after the deadline day', () => {
		expect(isTeLaat({ wat: 'a', wie: '', voor: '2026-11-21' }, VANDAAG)).toBe(true);
		expect(isTeLaat({ wat: 'a', wie: '', voor: VANDAAG }, VANDAAG)).toBe(false);
		expect(isTeLaat({ wat: 'a', wie: '', voor: '' }, VANDAAG)).toBe(false);
	});

	it('sorting keeps the original order for equal dates', () => {
		const a = { n: 1, actie: { wat: '', wie: '', voor: '2026-01-02' } };
		const b = { n: 2, actie: { wat: '', wie: '', voor: '2026-01-01' } };
		const c = { n: 3, actie: { wat: '', wie: '', voor: '2026-01-02' } };
		expect(sorteerActies([a, b, c]).map((x) => x.n)).toEqual([2, 1, 3]);
	});

	it('uses the local calendar date and writes dates in Dutch', () => {
		expect(datumVan(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
		expect(datumLeesbaar('2026-12-01')).toBe('1 december 2026');
		expect(datumLeesbaar('')).toBe('');
	});
});
