import { describe, expect, it } from 'vitest';
import { type Big5Data, big5Tool, emptyBig5 } from '../../../src/lib/big5/definition';
import { addChecklist, setActie, setStand } from '../../../src/lib/big5/state';
import { decodeStored, migrateToCurrent } from '../../../src/lib/storage/envelope';

/** A v1 file as the first version wrote it. Kept forever: it must keep importing. */
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
					wonen: {
						status: 'deels',
						toelichting: '',
						actie: { wat: 'Wmo aanvragen', wie: 'mentor', voor: '2026-12-01' },
					},
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

const { actief, ...v1Rest } = V1_FIXTURE.data;
/** The same data in version 2. */
const V2_DATA = { ...v1Rest, activeId: actief };

// biome-ignore lint/suspicious/noExplicitAny: the corruptions below reach into data of any shape on purpose.
type Corrupt = (d: any) => unknown;

describe('big5Tool', () => {
	it('accepts its own empty state and filled data', () => {
		const isValid = big5Tool.validators[big5Tool.version];
		expect(isValid?.(big5Tool.empty())).toBe(true);
		let d = addChecklist(emptyBig5(), 'j-1', 'Sam');
		d = setStand(d, 'j-1', 'zorg', { status: 'niet', toelichting: '<img src=x onerror=alert(1)>' });
		d = setActie(d, 'j-1', 'zorg', { wat: 'Huisarts', wie: 'jongere', voor: '2027-01-31' });
		expect(isValid?.(d)).toBe(true);
	});

	it('reads the version 1 fixture through the storage module, with `actief` as `activeId`', () => {
		const decoded = decodeStored(big5Tool, JSON.stringify(V1_FIXTURE));
		expect(decoded).toMatchObject({ ok: true, fromVersion: 1 });
		if (decoded.ok) expect(decoded.envelope.data).toEqual(V2_DATA);
	});

	it('migrates an `actief` that names no checklist (version 1 allowed any text) to null', () => {
		expect(migrateToCurrent(big5Tool, 1, { ...V1_FIXTURE.data, actief: 'weg' })).toEqual({
			ok: true,
			data: { ...V2_DATA, activeId: null },
		});
	});

	it('version 2 refuses an activeId that names no checklist', () => {
		expect(big5Tool.validators[2]?.({ ...V2_DATA, activeId: 'weg' })).toBe(false);
		expect(big5Tool.validators[2]?.({ ...V2_DATA, activeId: null })).toBe(true);
	});

	const corruptions: [string, Corrupt][] = [
		['an unknown status', (d) => (d.checklists[0].voorwaarden.wonen.status = 'misschien')],
		['a missing condition', (d) => delete d.checklists[0].voorwaarden.zorg],
		['an empty code', (d) => (d.checklists[0].code = '')],
		['a date in another format', (d) => (d.checklists[0].volgendGesprek = '10-12-2026')],
		['two checklists with one id', (d) => d.checklists.push(structuredClone(d.checklists[0]))],
		['a huge note', (d) => (d.checklists[0].voorwaarden.wonen.toelichting = 'x'.repeat(5000))],
		['an unknown key', (d) => (d.checklists[0].naam = 'Sanne de Vries')],
		['an unknown key in an action', (d) => (d.checklists[0].voorwaarden.wonen.actie.extra = 1)],
		['an array instead of an object', (d) => (d.checklists[0].voorwaarden = [])],
		['a bad id', (d) => (d.checklists[0].id = 'Met Hoofdletters')],
	];
	for (const [version, data] of [
		[1, V1_FIXTURE.data],
		[2, V2_DATA],
	] as const) {
		it.each(corruptions)(`version ${version} refuses %s`, (_name, corrupt) => {
			const copy = structuredClone(data);
			corrupt(copy);
			expect(big5Tool.validators[version]?.(copy)).toBe(false);
		});
	}

	it('describes the data for "Mijn gegevens"', () => {
		expect(big5Tool.describe(emptyBig5())).toBe('0 jongeren');
		expect(big5Tool.describe(V2_DATA as Big5Data)).toBe('1 jongere');
	});
});
