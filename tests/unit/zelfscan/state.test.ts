import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateToCurrent } from '../../../src/lib/storage/envelope';
import {
	actieplan,
	addActie,
	choosePrioriteit,
	removeActie,
	togglePrioriteit,
	updateActie,
} from '../../../src/lib/zelfscan/actieplan';
import { currentRonde, describeZelfscans, emptyZelfscans, zelfscanTool } from '../../../src/lib/zelfscan/definition';
import {
	addRonde,
	addScan,
	removeRonde,
	removeScan,
	renameScan,
	scansOf,
	setAntwoord,
	setBewijs,
	updateCurrentRonde,
} from '../../../src/lib/zelfscan/state';

const day1 = new Date('2026-11-01T10:00:00Z');
const day2 = new Date('2026-11-20T10:00:00Z');
const informeleSteun = { id: 'informele-steun', versie: 1 };

function withScan() {
	return addScan(emptyZelfscans(), informeleSteun, '  Team   Noord ', day1, { scan: 's-1', ronde: 'r-1' });
}

describe('saved scans', () => {
	it('adds a scan under a cleaned-up name with one empty round', () => {
		const { data, id } = withScan();
		expect(id).toBe('s-1');
		expect(data.scans[0]).toEqual({
			id: 's-1',
			scanId: 'informele-steun',
			name: 'Team Noord',
			createdAt: day1.toISOString(),
			updatedAt: day1.toISOString(),
			rondes: [
				{ id: 'r-1', startedAt: day1.toISOString(), scanVersion: 1, antwoorden: {}, prioriteiten: [], acties: [] },
			],
		});
		expect(describeZelfscans(data)).toBe('1 scan, 1 ronde');
	});

	it('keeps several scans side by side, most recently changed first', () => {
		let { data } = withScan();
		data = addScan(data, informeleSteun, 'Team Zuid', day1, { scan: 's-2', ronde: 'r-2' }).data;
		data = addScan(data, { id: 'gemeentescan', versie: 1 }, 'Gemeente', day1, { scan: 's-3', ronde: 'r-3' }).data;
		data = renameScan(data, 's-1', 'Team Noord-Oost', day2);
		expect(scansOf(data, 'informele-steun').map((s) => s.name)).toEqual(['Team Noord-Oost', 'Team Zuid']);
		expect(scansOf(data, 'gemeentescan')).toHaveLength(1);
		expect(describeZelfscans(removeScan(data, 's-3'))).toBe('2 scans, 2 rondes');
	});

	it('ignores an empty new name', () => {
		const { data } = withScan();
		expect(renameScan(data, 's-1', '   ', day2)).toBe(data);
	});
});

describe('answers', () => {
	it('sets, merges and clears an answer', () => {
		const { data } = withScan();
		let ronde = currentRonde(data.scans[0]);
		ronde = setAntwoord(ronde, 'wn-in-kaart', { score: 3 });
		ronde = setAntwoord(ronde, 'wn-in-kaart', { bespreken: true, notitie: 'Bespreken in teamoverleg' });
		expect(ronde.antwoorden['wn-in-kaart']).toEqual({ score: 3, bespreken: true, notitie: 'Bespreken in teamoverleg' });
		ronde = setAntwoord(ronde, 'wn-in-kaart', { score: undefined, bespreken: false, notitie: '' });
		expect(ronde.antwoorden).toEqual({});
	});

	it('keeps "weet ik niet" and "niet van toepassing" as answers, and a value and a no-value answer exclude each other', () => {
		let ronde = setAntwoord(currentRonde(withScan().data.scans[0]), 'a', { geenScore: 'weet-niet' });
		expect(ronde.antwoorden.a).toEqual({ geenScore: 'weet-niet' });
		ronde = setAntwoord(ronde, 'a', { score: 2 });
		expect(ronde.antwoorden.a).toEqual({ score: 2 });
		ronde = setAntwoord(ronde, 'a', { geenScore: 'nvt', bespreken: true });
		expect(ronde.antwoorden.a).toEqual({ geenScore: 'nvt', bespreken: true });
	});

	it('keeps evidence answers apart from the answer, one per question', () => {
		let ronde = setBewijs(currentRonde(withScan().data.scans[0]), 'dg-keuze', 'dg-keuze-op-papier', 'nee');
		ronde = setAntwoord(ronde, 'dg-keuze', { score: 3 });
		ronde = setBewijs(ronde, 'dg-keuze', 'dg-keuze-reden', 'ja');
		ronde = setBewijs(ronde, 'dg-keuze', 'dg-keuze-op-papier', 'deels');
		expect(ronde.antwoorden['dg-keuze']).toEqual({
			score: 3,
			bewijs: { 'dg-keuze-op-papier': 'deels', 'dg-keuze-reden': 'ja' },
		});
	});

	it('changes only the current round and marks the scan as changed', () => {
		let { data } = withScan();
		data = addRonde(data, 's-1', 1, day2, 'r-2');
		data = updateCurrentRonde(data, 's-1', day2, (r) => setAntwoord(r, 'x', { score: 4 }));
		const [first, second] = data.scans[0].rondes;
		expect(first.antwoorden).toEqual({});
		expect(second.antwoorden).toEqual({ x: { score: 4 } });
		expect(data.scans[0].updatedAt).toBe(day2.toISOString());
	});
});

describe('rounds', () => {
	it('starts a new empty round and keeps the old one', () => {
		let { data } = withScan();
		data = updateCurrentRonde(data, 's-1', day1, (r) => setAntwoord(r, 'x', { score: 2 }));
		data = addRonde(data, 's-1', 1, day2, 'r-2');
		expect(data.scans[0].rondes.map((r) => [r.id, r.antwoorden])).toEqual([
			['r-1', { x: { score: 2 } }],
			['r-2', {}],
		]);
	});

	it('removes a round but never the last one', () => {
		let { data } = withScan();
		expect(removeRonde(data, 's-1', 'r-1', day2).scans[0].rondes).toHaveLength(1);
		data = addRonde(data, 's-1', 1, day2, 'r-2');
		expect(removeRonde(data, 's-1', 'r-1', day2).scans[0].rondes.map((r) => r.id)).toEqual(['r-2']);
	});
});

describe('priorities and action plan', () => {
	it('keeps chosen themes in order and their actions', () => {
		let ronde = currentRonde(withScan().data.scans[0]);
		ronde = togglePrioriteit(ronde, 'maatwerk', true);
		ronde = togglePrioriteit(ronde, 'sleutelfiguren', true);
		ronde = addActie(ronde, 'maatwerk', 'a-1');
		ronde = addActie(ronde, 'sleutelfiguren', 'a-2');
		ronde = updateActie(ronde, 'a-1', { wat: 'Netwerk bespreken', wie: 'Teamleider', voor: 'Januari' });
		ronde = togglePrioriteit(ronde, 'waarde-van-het-netwerk', true);
		expect(actieplan(ronde)).toEqual([
			{
				themaId: 'maatwerk',
				acties: [{ id: 'a-1', themaId: 'maatwerk', wat: 'Netwerk bespreken', wie: 'Teamleider', voor: 'Januari' }],
			},
			{ themaId: 'sleutelfiguren', acties: [{ id: 'a-2', themaId: 'sleutelfiguren', wat: '', wie: '', voor: '' }] },
			{ themaId: 'waarde-van-het-netwerk', acties: [] },
		]);
		ronde = togglePrioriteit(ronde, 'maatwerk', false);
		ronde = removeActie(ronde, 'a-2');
		expect(actieplan(ronde)).toEqual([
			{ themaId: 'sleutelfiguren', acties: [] },
			{ themaId: 'waarde-van-het-netwerk', acties: [] },
		]);
	});

	it('gives a newly chosen theme one empty action to fill in, and keeps actions when a theme is dropped', () => {
		let ronde = currentRonde(withScan().data.scans[0]);
		ronde = choosePrioriteit(ronde, 'maatwerk', true);
		expect(actieplan(ronde)).toEqual([
			{ themaId: 'maatwerk', acties: [expect.objectContaining({ wat: '', wie: '', voor: '' })] },
		]);
		ronde = updateActie(ronde, ronde.acties[0].id, { wat: 'Buddy zoeken' });
		ronde = choosePrioriteit(ronde, 'maatwerk', false);
		expect(actieplan(ronde)).toEqual([]);
		ronde = choosePrioriteit(ronde, 'maatwerk', true);
		expect(actieplan(ronde)[0].acties.map((a) => a.wat)).toEqual(['Buddy zoeken']);
	});
});

describe('stored data (version 3)', () => {
	const isCurrent = (v: unknown) => zelfscanTool.validators[3]?.(v);

	it('accepts what the updates produce', () => {
		let { data } = withScan();
		data = updateCurrentRonde(data, 's-1', day2, (r) =>
			addActie(
				togglePrioriteit(
					setAntwoord(setAntwoord(r, 'wn-in-kaart', { score: 4, bespreken: true, notitie: 'x' }), 'sf-kennen', {
						geenScore: 'nvt',
					}),
					'maatwerk',
					true,
				),
				'maatwerk',
			),
		);
		expect(isCurrent(data)).toBe(true);
		expect(isCurrent(emptyZelfscans())).toBe(true);
	});

	it('refuses answers keyed by something that is not a statement id', () => {
		// (Prototype keys such as "__proto__" are refused earlier, by the storage module.)
		const { data } = withScan();
		for (const key of ['Stelling 1', '<b>x</b>', '']) {
			const hostile = structuredClone(data);
			hostile.scans[0].rondes[0].antwoorden = { [key]: { score: 1 } };
			expect(isCurrent(hostile)).toBe(false);
		}
	});

	it('refuses scores outside 1..9, an unknown no-value answer, and a scan without rounds', () => {
		const { data } = withScan();
		for (const antwoord of [{ score: 12 }, { score: 0 }, { geenScore: 'misschien' }, { bewijs: { x: 'misschien' } }]) {
			const bad = structuredClone(data) as { scans: { rondes: { antwoorden: unknown }[] }[] };
			bad.scans[0].rondes[0].antwoorden = { a: antwoord };
			expect(isCurrent(bad)).toBe(false);
		}
		const noRondes = structuredClone(data);
		noRondes.scans[0].rondes = [];
		expect(isCurrent(noRondes)).toBe(false);
	});

	it('accepts any text in names and notes, up to the limits', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.string({ maxLength: 2000 }), (name, notitie) => {
				let { data } = withScan();
				data = { scans: [{ ...data.scans[0], name }] };
				data = updateCurrentRonde(data, 's-1', day2, (r) => setAntwoord(r, 'a', { notitie }));
				expect(isCurrent(data)).toBe(true);
			}),
		);
	});

	it('is the definition the store uses', () => {
		expect(zelfscanTool).toMatchObject({ id: 'zelfscan', version: 4 });
		expect(zelfscanTool.empty()).toEqual({ scans: [] });
		expect(zelfscanTool.empty()).not.toBe(zelfscanTool.empty());
	});
});

describe('version 1 (English names) migrates through version 2 (Dutch names) to version 3', () => {
	const v1 = {
		scans: [
			{
				id: 's-1',
				scanId: 'informele-steun',
				name: 'Team Noord',
				createdAt: day1.toISOString(),
				updatedAt: day2.toISOString(),
				rounds: [
					{
						id: 'r-1',
						startedAt: day1.toISOString(),
						scanVersion: 1,
						answers: { 'wn-in-kaart': { score: 3, talk: true, note: 'Bespreken' }, 'sf-kennen': { score: 0 }, x: {} },
						priorities: ['maatwerk', 'sleutelfiguren'],
						actions: [
							{ id: 'a-1', themeId: 'maatwerk', what: 'Netwerk bespreken', who: 'Teamleider', when: 'Januari' },
						],
					},
					{ id: 'r-2', startedAt: day2.toISOString(), scanVersion: 2, answers: {}, priorities: [], actions: [] },
				],
			},
		],
	};

	it('renames every field and keeps every answer: score 0 stays the one answer "weet ik niet / n.v.t."', () => {
		expect(migrateToCurrent(zelfscanTool, 1, v1)).toEqual({
			ok: true,
			data: {
				scans: [
					{
						id: 's-1',
						scanId: 'informele-steun',
						name: 'Team Noord',
						createdAt: day1.toISOString(),
						updatedAt: day2.toISOString(),
						rondes: [
							{
								id: 'r-1',
								startedAt: day1.toISOString(),
								scanVersion: 1,
								antwoorden: {
									'wn-in-kaart': { score: 3, bespreken: true, notitie: 'Bespreken' },
									'sf-kennen': { geenScore: 'weet-niet-of-nvt' },
									x: {},
								},
								prioriteiten: ['maatwerk', 'sleutelfiguren'],
								acties: [
									{ id: 'a-1', themaId: 'maatwerk', wat: 'Netwerk bespreken', wie: 'Teamleider', voor: 'Januari' },
								],
							},
							{
								id: 'r-2',
								startedAt: day2.toISOString(),
								scanVersion: 2,
								antwoorden: {},
								prioriteiten: [],
								acties: [],
							},
						],
					},
				],
			},
		});
	});

	it('version 1 data keeps its own check: the old names, not the new ones', () => {
		expect(zelfscanTool.validators[1]?.(v1)).toBe(true);
		expect(zelfscanTool.validators[2]?.(v1)).toBe(false);
		expect(zelfscanTool.validators[3]?.(v1)).toBe(false);
	});
});

describe('the role chosen at the deelcode is kept with the round (format 4)', () => {
	it('setRol stores a role and takes it away again', async () => {
		const { newRonde } = await import('../../../src/lib/zelfscan/state');
		const { setRol } = await import('../../../src/lib/zelfscan/rol');
		const ronde = newRonde(2, new Date('2026-12-02T10:00:00Z'), 'r-1');
		const metRol = setRol(ronde, 'onderwijs');
		expect(metRol.rol).toBe('onderwijs');
		expect(setRol(metRol, null)).toEqual(ronde);
	});

	it('a version-3 file reads as it is; a role that is no content id is refused', async () => {
		const { zelfscanTool } = await import('../../../src/lib/zelfscan/definition');
		const { migrateToCurrent } = await import('../../../src/lib/storage/envelope');
		const data = {
			scans: [
				{
					id: 's-1',
					scanId: 'informele-steun',
					name: 'Team',
					createdAt: '2026-12-01T10:00:00.000Z',
					updatedAt: '2026-12-01T10:00:00.000Z',
					rondes: [
						{
							id: 'r-1',
							startedAt: '2026-12-01T10:00:00.000Z',
							scanVersion: 2,
							antwoorden: {},
							prioriteiten: [],
							acties: [],
						},
					],
				},
			],
		};
		expect(migrateToCurrent(zelfscanTool, 3, data)).toEqual({ ok: true, data });
		const withRol = (rol: string) => ({ scans: [{ ...data.scans[0], rondes: [{ ...data.scans[0].rondes[0], rol }] }] });
		expect(zelfscanTool.validators[4]?.(withRol('onderwijs'))).toBe(true);
		expect(zelfscanTool.validators[4]?.(withRol('<b>x</b>'))).toBe(false);
		expect(zelfscanTool.validators[3]?.(withRol('onderwijs'))).toBe(false);
	});
});
