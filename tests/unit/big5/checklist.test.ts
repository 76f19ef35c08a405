import { describe, expect, it } from 'vitest';
import { ALL_GEREGELD, geregeldSentence, isOverdue, sortActies, summarize } from '../../../src/lib/big5/checklist';
import {
	type Jongere,
	STATUSSEN,
	type Status,
	VOORWAARDE_IDS,
	type VoorwaardeId,
} from '../../../src/lib/big5/definition';
import { TIPS } from '../../../src/lib/big5/tips';
import { VOORWAARDEN } from '../../../src/lib/big5/voorwaarden';
import { formatDate, isoDate } from '../../../src/lib/format';
import { newJongere } from '../../../src/lib/werkmap/jongeren';

const TODAY = '2026-11-22';

function withStatus(
	statuses: Partial<Record<VoorwaardeId, Status>>,
	acties: Partial<Record<VoorwaardeId, [string, string, string]>> = {},
): Jongere {
	const c = newJongere('j1', 'Sam');
	for (const [id, status] of Object.entries(statuses)) c.voorwaarden[id as VoorwaardeId].status = status;
	for (const [id, [wat, wie, voor]] of Object.entries(acties))
		c.voorwaarden[id as VoorwaardeId].actie = { wat, wie, voor };
	return c;
}

describe('voorwaarden', () => {
	it('has the five conditions in order, each with a Big 5 domain, help and links', () => {
		expect(VOORWAARDEN.map((v) => v.nr)).toEqual([1, 2, 3, 4, 5]);
		expect(VOORWAARDEN.map((v) => v.domein)).toEqual(['Support', 'Wonen', 'School & werk', 'Inkomen', 'Welzijn']);
		for (const v of VOORWAARDEN) {
			expect(TIPS[v.id].letOp.length).toBeGreaterThan(0);
			expect(TIPS[v.id].stappen.length + TIPS[v.id].voorbeelden.length).toBeGreaterThan(0);
		}
	});

	it('explains why care up to 27 maps to welzijn', () => {
		const zorg = VOORWAARDEN.find((v) => v.id === 'zorg');
		expect(zorg?.titel).toMatch(/27/);
		expect(zorg?.domeinToelichting).toMatch(/welzijn/);
	});
});

describe('summarize', () => {
	it('starts with nothing arranged and every condition open as "Nog niet besproken"', () => {
		const s = summarize(newJongere('j1', 'Sam'), TODAY);
		expect(s.geregeld).toBe(0);
		expect(s.allGeregeld).toBe(false);
		expect(s.openVoorwaarden.map((o) => o.status)).toEqual(['open', 'open', 'open', 'open', 'open']);
		expect(geregeldSentence(s)).toBe('0 van de 5 voorwaarden zijn geregeld.');
	});

	it('counts only "Geregeld" as arranged; "Deels geregeld" stays open', () => {
		const s = summarize(withStatus({ volwassene: 'geregeld', wonen: 'deels', inkomen: 'niet' }), TODAY);
		expect(s.geregeld).toBe(1);
		expect(geregeldSentence(s)).toBe('1 van de 5 voorwaarden is geregeld.');
		expect(s.openVoorwaarden.map((o) => [o.voorwaarde.id, o.status])).toEqual([
			['wonen', 'deels'],
			['dagbesteding', 'open'],
			['inkomen', 'niet'],
			['zorg', 'open'],
		]);
	});

	it('gives the verdict only when all five are "Geregeld"', () => {
		const all = Object.fromEntries(VOORWAARDE_IDS.map((id) => [id, 'geregeld'])) as Record<VoorwaardeId, Status>;
		expect(summarize(withStatus(all), TODAY).allGeregeld).toBe(true);
		expect(ALL_GEREGELD).toBe('Alle vijf voorwaarden zijn geregeld.');
		for (const id of VOORWAARDE_IDS) {
			for (const other of STATUSSEN.filter((s) => s !== 'geregeld')) {
				const s = summarize(withStatus({ ...all, [id]: other }), TODAY);
				expect(s.allGeregeld).toBe(false);
				expect(s.geregeld).toBe(4);
			}
		}
	});

	it('lists open actions by date, undated last, and marks the late ones', () => {
		const s = summarize(
			withStatus(
				{ volwassene: 'niet', wonen: 'deels', dagbesteding: 'niet', inkomen: 'deels', zorg: 'niet' },
				{
					volwassene: ['Netwerkberaad plannen', 'mentor', ''],
					wonen: ['Wmo-aanvraag indienen', 'jongere en mentor', '2026-12-15'],
					dagbesteding: ['Intake school', 'jongere', '2026-11-01'],
					inkomen: ['Zorgtoeslag aanvragen', 'jongere', TODAY],
					zorg: ['Huisarts bellen', 'jongere', '2026-11-21'],
				},
			),
			TODAY,
		);
		expect(s.openActies.map((a) => [a.actie.wat, a.overdue])).toEqual([
			['Intake school', true],
			['Huisarts bellen', true],
			['Zorgtoeslag aanvragen', false],
			['Wmo-aanvraag indienen', false],
			['Netwerkberaad plannen', false],
		]);
		expect(s.overdue).toBe(2);
	});

	it('leaves out empty actions and actions of conditions that are arranged or not yet discussed', () => {
		const s = summarize(
			withStatus(
				{ volwassene: 'geregeld', wonen: 'open', dagbesteding: 'deels' },
				{ volwassene: ['Oud plan', 'x', '2020-01-01'], wonen: ['Nog niet', 'x', '2020-01-01'] },
			),
			TODAY,
		);
		expect(s.openActies).toEqual([]);
		expect(s.overdue).toBe(0);
	});
});

describe('dates', () => {
	it('is late only after the deadline day', () => {
		expect(isOverdue({ wat: 'a', wie: '', voor: '2026-11-21' }, TODAY)).toBe(true);
		expect(isOverdue({ wat: 'a', wie: '', voor: TODAY }, TODAY)).toBe(false);
		expect(isOverdue({ wat: 'a', wie: '', voor: '' }, TODAY)).toBe(false);
	});

	it('sorting keeps the original order for equal dates', () => {
		const a = { n: 1, actie: { wat: '', wie: '', voor: '2026-01-02' } };
		const b = { n: 2, actie: { wat: '', wie: '', voor: '2026-01-01' } };
		const c = { n: 3, actie: { wat: '', wie: '', voor: '2026-01-02' } };
		expect(sortActies([a, b, c]).map((x) => x.n)).toEqual([2, 1, 3]);
	});

	it('uses the local calendar date and writes dates in Dutch', () => {
		expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
		expect(formatDate('2026-12-01')).toBe('1 december 2026');
		expect(formatDate('')).toBe('');
	});
});
