import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import { big5Definition, big5SchemaV1 } from '../../../src/lib/big5/definitie';
import { leegBig5, maakChecklist, zetActie, zetStand } from '../../../src/lib/big5/lijst';
import { decodeStored } from '../../../src/lib/storage/envelope';

/** A v1 file as this version writes it. Kept forever: it must keep importing. */
const V1_FIXTURE = {
	tool: 'big5',
	schemaVersion: 1,
	revision: 3,
	savedAt: '2026-11-22T20:00:00.000Z',
	data: {
		checklists: [
			{
				id: 'jabc123',
				code: 'J-12',
				voorwaarden: {
					volwassene: { status: 'geregeld', toelichting: 'Tante blijft', actie: { wat: '', wie: '', voor: '' } },
					wonen: { status: 'deels', toelichting: '', actie: { wat: 'Wmo aanvragen', wie: 'mentor', voor: '2026-12-01' } },
					dagbesteding: { status: 'open', toelichting: '', actie: { wat: '', wie: '', voor: '' } },
					inkomen: { status: 'niet', toelichting: '', actie: { wat: '', wie: '', voor: '' } },
					zorg: { status: 'open', toelichting: '', actie: { wat: '', wie: '', voor: '' } },
				},
				volgendGesprek: '2026-12-10',
			},
		],
		actief: 'jabc123',
	},
};

describe('big5Definition', () => {
	it('accepts its own empty state and filled data', () => {
		expect(safeParse(big5SchemaV1, big5Definition.empty()).success).toBe(true);
		let d = maakChecklist(leegBig5(), 'j1', 'Sam');
		d = zetStand(d, 'j1', 'zorg', { status: 'niet', toelichting: '<img src=x onerror=alert(1)>' });
		d = zetActie(d, 'j1', 'zorg', { wat: 'Huisarts', wie: 'jongere', voor: '2027-01-31' });
		expect(safeParse(big5SchemaV1, d).success).toBe(true);
	});

	it('reads the version 1 fixture through the storage module', () => {
		const decoded = decodeStored(big5Definition, JSON.stringify(V1_FIXTURE));
		expect(decoded.ok).toBe(true);
		if (decoded.ok) expect(decoded.envelope.data).toEqual(V1_FIXTURE.data);
	});

	it.each([
		['an unknown status', (d: any) => (d.checklists[0].voorwaarden.wonen.status = 'misschien')],
		['a missing condition', (d: any) => delete d.checklists[0].voorwaarden.zorg],
		['an empty code', (d: any) => (d.checklists[0].code = '')],
		['a date in another format', (d: any) => (d.checklists[0].volgendGesprek = '10-12-2026')],
		['two checklists with one id', (d: any) => d.checklists.push(structuredClone(d.checklists[0]))],
		['a huge note', (d: any) => (d.checklists[0].voorwaarden.wonen.toelichting = 'x'.repeat(5000))],
	])('refuses %s', (_naam, bederf) => {
		const data = structuredClone(V1_FIXTURE.data);
		bederf(data);
		expect(safeParse(big5SchemaV1, data).success).toBe(false);
	});

	it('describes the data for "Mijn gegevens"', () => {
		expect(big5Definition.describe(leegBig5())).toBe('0 jongeren');
		expect(big5Definition.describe(V1_FIXTURE.data as never)).toBe('1 jongere');
	});
});
