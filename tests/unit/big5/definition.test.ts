import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { werkmapTool as big5Tool, emptyWerkmap, type WerkmapData } from '../../../src/lib/big5/definition';
import { setActie, setStand } from '../../../src/lib/big5/state';
import { decodeStored, migrateToCurrent } from '../../../src/lib/storage/envelope';
import { addJongere } from '../../../src/lib/werkmap/jongeren';

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
/** And in version 3, the werkmap: every checklist a young person's record with empty new parts. */
const NIEUW = { netwerk: [], verjaardag18: '', tijdlijn: {}, regionaal: [] };
const V3_DATA = { jongeren: V2_DATA.checklists.map((c) => ({ ...c, ...NIEUW })), activeId: actief };

const fixture = (version: number) =>
	JSON.parse(readFileSync(new URL(`../../fixtures/storage/big5-v${version}.json`, import.meta.url), 'utf8'));

// biome-ignore lint/suspicious/noExplicitAny: the corruptions below reach into data of any shape on purpose.
type Corrupt = (d: any) => unknown;

describe('big5Tool', () => {
	it('accepts its own empty state and filled data', () => {
		const isValid = big5Tool.validators[big5Tool.version];
		expect(isValid?.(big5Tool.empty())).toBe(true);
		let d = addJongere(emptyWerkmap(), 'j-1', 'Sam');
		d = setStand(d, 'j-1', 'zorg', { status: 'niet', toelichting: '<img src=x onerror=alert(1)>' });
		d = setActie(d, 'j-1', 'zorg', { wat: 'Huisarts', wie: 'jongere', voor: '2027-01-31' });
		expect(isValid?.(d)).toBe(true);
	});

	it('reads the version 1 fixture through the storage module, with `actief` as `activeId`', () => {
		const decoded = decodeStored(big5Tool, JSON.stringify(V1_FIXTURE));
		expect(decoded).toMatchObject({ ok: true, fromVersion: 1 });
		if (decoded.ok) expect(decoded.envelope.data).toEqual(V3_DATA);
	});

	it('migrates the stored fixtures of versions 1 and 2 to the werkmap with nothing lost', () => {
		for (const version of [1, 2]) {
			const stored = fixture(version);
			const decoded = decodeStored(big5Tool, JSON.stringify(stored));
			expect(decoded).toMatchObject({ ok: true, fromVersion: version });
			if (!decoded.ok) continue;
			const data = decoded.envelope.data;
			expect(data.jongeren).toHaveLength(stored.data.checklists.length);
			stored.data.checklists.forEach((checklist: object, i: number) => {
				expect(data.jongeren[i]).toEqual({ ...checklist, ...NIEUW });
			});
			expect(data.activeId).toBe(version === 1 ? stored.data.actief : stored.data.activeId);
		}
	});

	it('reads the version 3 fixture as it is', () => {
		const stored = fixture(3);
		const decoded = decodeStored(big5Tool, JSON.stringify(stored));
		expect(decoded).toMatchObject({ ok: true, fromVersion: 3 });
		if (decoded.ok) expect(decoded.envelope.data).toEqual(stored.data);
	});

	it('migrates an `actief` that names no checklist (version 1 allowed any text) to null', () => {
		expect(migrateToCurrent(big5Tool, 1, { ...V1_FIXTURE.data, actief: 'weg' })).toEqual({
			ok: true,
			data: { ...V3_DATA, activeId: null },
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
		[3, { checklists: V3_DATA.jongeren }],
	] as const) {
		it.each(corruptions)(`version ${version} refuses %s`, (_name, corrupt) => {
			const copy = structuredClone(data) as Record<string, unknown>;
			corrupt(copy);
			const value = version === 3 ? { jongeren: copy.checklists, activeId: actief } : copy;
			expect(big5Tool.validators[version]?.(value)).toBe(false);
		});
	}

	const werkmapCorruptions: [string, Corrupt][] = [
		['a person without a name', (d) => (d.jongeren[0].netwerk[0].naam = '')],
		['an unknown relation', (d) => (d.jongeren[0].netwerk[0].relatie = 'buurman')],
		['a fourth ring', (d) => (d.jongeren[0].netwerk[0].ring = 4)],
		['a kind of support twice', (d) => (d.jongeren[0].netwerk[0].steun = ['praktisch', 'praktisch'])],
		['two people with one id', (d) => d.jongeren[0].netwerk.push(structuredClone(d.jongeren[0].netwerk[0]))],
		['a date of birth instead of a month', (d) => (d.jongeren[0].verjaardag18 = '2009-03-14')],
		['month 13', (d) => (d.jongeren[0].verjaardag18 = '2027-13')],
		['an unknown moment status', (d) => (d.jongeren[0].tijdlijn.zorgverzekering.status = 'bijna')],
		[
			'a moment id that is no content id',
			(d) => (d.jongeren[0].tijdlijn['Niet OK'] = d.jongeren[0].tijdlijn.zorgverzekering),
		],
		['a regional practice twice', (d) => d.jongeren[0].regionaal.push(d.jongeren[0].regionaal[0])],
		['an unknown key in a person', (d) => (d.jongeren[0].netwerk[0].achternaam = 'de Vries')],
	];
	it.each(werkmapCorruptions)('version 3 refuses %s', (_name, corrupt) => {
		const copy = structuredClone(fixture(3).data);
		expect(big5Tool.validators[3]?.(copy)).toBe(true);
		corrupt(copy);
		expect(big5Tool.validators[3]?.(copy)).toBe(false);
	});

	it('describes the data for "Mijn gegevens"', () => {
		expect(big5Tool.describe(emptyWerkmap())).toBe('0 jongeren');
		expect(big5Tool.describe(V3_DATA as WerkmapData)).toBe('1 jongere');
	});
});
