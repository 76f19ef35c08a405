import { describe, expect, it } from 'vitest';
import { migrateToCurrent } from '../../../src/lib/storage/envelope';
import { addDeelcodes, describeAdd, splitInput } from '../../../src/lib/trainer/deelcodes';
import { emptyGroepsoverzicht, groepsoverzichtTool } from '../../../src/lib/trainer/definition';
import {
	eerderToGroupScan,
	type GroupScan,
	median,
	scansInSessie,
	spread,
	summarizeGroup,
} from '../../../src/lib/trainer/group';
import { deelcodeFromAntwoorden, encodeDeelcode1 } from '../../../src/lib/zelfscan/deelcode';
import type { Antwoorden } from '../../../src/lib/zelfscan/definition';

const scan: GroupScan = {
	id: 'testscan',
	titel: 'Testscan',
	versie: 2,
	eerder: false,
	schaal: ['Nog niet', 'Een beetje', 'Grotendeels', 'Helemaal'],
	weetNiet: 'Weet ik niet',
	nietVanToepassing: 'Niet van toepassing',
	standen: [
		{ id: 'begin', naam: 'Begin' },
		{ id: 'onderweg', naam: 'Onderweg', gemiddeldVanaf: 2 },
		{ id: 'stevig', naam: 'Stevig', gemiddeldVanaf: 3, laagsteVanaf: 3 },
	],
	rollen: [
		{ id: 'gemeente', naam: 'Gemeente' },
		{ id: 'jeugdhulp', naam: 'Jeugdhulp' },
	],
	themas: [
		{
			id: 'a',
			titel: 'Thema A',
			onderdelen: [
				{ id: 'a1', tekst: 'Stelling a1' },
				{ id: 'a2', tekst: 'Stelling a2' },
			],
		},
		{
			id: 'b',
			titel: 'Thema B',
			onderdelen: [
				{ id: 'b1', tekst: 'Stelling b1' },
				{ id: 'b2', tekst: 'Stelling b2' },
				{ id: 'b3', tekst: 'Stelling b3' },
			],
		},
	],
};
/** Version 1 of the same scan, as content/zelfscans/eerder/ keeps it. */
const eerder = eerderToGroupScan({
	id: 'testscan',
	titel: 'Testscan',
	versie: 1,
	schaal: [...scan.schaal],
	weetNietOfNvt: 'Weet ik niet / niet van toepassing',
	themas: [{ id: 'a', titel: 'Thema A', onderdelen: [{ id: 'oud', tekst: 'Een stelling van versie 1' }] }],
});
const scans = [scan, eerder];

const code = (antwoorden: Antwoorden) => deelcodeFromAntwoorden(scan, antwoorden);

const anna = code({
	a1: { score: 1 },
	a2: { score: 1 },
	b1: { score: 4 },
	b2: { score: 4, bespreken: true },
	b3: { score: 3 },
});
const bram = code({
	a1: { score: 2 },
	a2: { score: 2 },
	b1: { score: 1 },
	b2: { geenScore: 'weet-niet', bespreken: true },
	b3: { score: 4 },
});
const cato = code({
	a1: { score: 4 },
	a2: { geenScore: 'nvt' },
	b1: { score: 4 },
	b2: { geenScore: 'nvt' },
	b3: { score: 4 },
});
/** An old code of version 1, as the site made them until December 2026. */
const oud = encodeDeelcode1({ scanId: 'testscan', version: 1, entries: [{ score: 0, bespreken: true }] });

describe('median and spread', () => {
	it('takes the middle value, or the mean of the two middle values', () => {
		expect(median([])).toBeNull();
		expect(median([3])).toBe(3);
		expect(median([4, 1, 2])).toBe(2);
		expect(median([1, 2, 3, 4])).toBe(2.5);
	});
	it('gives no spread for fewer than two values and 0 when everyone agrees', () => {
		expect(spread([2])).toBeNull();
		expect(spread([3, 3, 3])).toBe(0);
		expect(spread([1, 4])).toBe(1.5);
	});
});

describe('adding codes', () => {
	it('keeps good codes, refuses malformed ones one by one with a Dutch message', () => {
		const damaged = `${anna.slice(0, -1)}${anna.endsWith('0') ? '1' : '0'}`;
		const result = addDeelcodes(emptyGroepsoverzicht(), [anna, 'hallo', damaged, bram], scans);
		expect(result.data.deelcodes).toEqual([anna, bram]);
		expect(result.added).toBe(2);
		expect(result.refused).toHaveLength(2);
		expect(result.refused[0]).toMatchObject({
			input: 'hallo',
			message: expect.stringMatching(/geen geldige deelcode/),
		});
		expect(result.refused[1].message).toMatch(/klopt niet/);
	});

	it('counts a duplicate once, also when it comes as a link or in capitals', () => {
		const first = addDeelcodes(emptyGroepsoverzicht(), [anna], scans);
		const again = addDeelcodes(
			first.data,
			[`https://example.org/voor-trainers/groepsoverzicht/#code=${anna}`, anna.toUpperCase()],
			scans,
		);
		expect(again.data.deelcodes).toEqual([anna]);
		expect(again.duplicates).toBe(2);
		expect(describeAdd(again)).toBe('0 deelcodes toegevoegd. 2 codes stonden er al in; die tellen maar één keer.');
	});

	it('refuses codes of an unknown scan or an unknown version, and keeps an old code of a kept version', () => {
		const other = deelcodeFromAntwoorden({ ...scan, id: 'andere-scan' }, {});
		const newer = deelcodeFromAntwoorden({ ...scan, versie: 3 }, {});
		const result = addDeelcodes(emptyGroepsoverzicht(), [other, newer, oud], scans);
		expect(result.data.deelcodes).toEqual([oud]);
		expect(result.refused.map((r) => r.message)).toEqual([
			expect.stringMatching(/zelfscan die deze site niet kent/),
			expect.stringMatching(/versie 3/),
		]);
	});

	it('splits pasted text on lines, spaces, commas and semicolons', () => {
		expect(splitInput(`${anna}\n ${bram}, ${cato};`)).toEqual([anna, bram, cato]);
	});

	it('stores only canonical deelcodes, of both formats', () => {
		expect(groepsoverzichtTool.validators[3]?.({ deelcodes: [anna, bram, oud] })).toBe(true);
		expect(groepsoverzichtTool.validators[3]?.({ deelcodes: ['<script>'] })).toBe(false);
	});
});

describe('group summary', () => {
	const summary = summarizeGroup(scan, [anna, bram, cato, oud]);
	const [a, b] = summary.themas;

	it('counts the participants of this version only', () => {
		expect(summary.deelnemers).toBe(3);
		expect(summarizeGroup(eerder, [anna, bram, cato, oud]).deelnemers).toBe(1);
	});

	it('gives the median and range of participant theme scores, each from at least two counted answers', () => {
		// Theme A per person: anna 1, bram 2; cato has one counted answer (a2 n.v.t.) and no theme score.
		expect(a).toMatchObject({ n: 2, median: 1.5, lowest: 1, highest: 2 });
		expect(a.bands.map((x) => x.count)).toEqual([1, 1, 0]);
		// Theme B: anna 3,7 (lowest 3: stevig), bram 2,5 (b2 weet ik niet), cato 4 (b2 n.v.t.).
		expect(b).toMatchObject({ n: 3, median: 3.7, lowest: 2.5, highest: 4 });
		expect(b.bands.map((x) => x.count)).toEqual([0, 1, 2]);
	});

	it('counts answers per scale point, and "weet ik niet" apart from "niet van toepassing"', () => {
		const b2 = b.stellingen.find((s) => s.id === 'b2');
		expect(b2).toMatchObject({ counts: [0, 0, 0, 1], unknown: 1, nvt: 1, n: 1, spread: null });
		expect(summary.geenScoreLabels).toEqual(['Weet ik niet', 'Niet van toepassing']);
	});

	it('summarizes old codes against the earlier version, with its one no-value answer', () => {
		const old = summarizeGroup(eerder, [oud]);
		expect(old).toMatchObject({
			eerder: true,
			title: 'Testscan (vorige versie)',
			geenScoreLabels: ['Weet ik niet / niet van toepassing'],
		});
		expect(old.themas[0].stellingen[0]).toMatchObject({ unknown: 1, bespreken: 1 });
		expect(old.themas[0].bands).toEqual([]);
	});

	it('lists where the group agrees and where views differ', () => {
		expect(summary.agree.map((s) => s.id)).toEqual(['b3', 'a2']);
		expect(summary.diverge.map((s) => s.id)).toEqual(['b1', 'a1']);
	});

	it('lists the items most often marked to talk about', () => {
		expect(summary.bespreken.map((s) => [s.id, s.bespreken])).toEqual([['b2', 2]]);
	});

	it('knows which scan versions have codes in the session', () => {
		const other = { ...scan, id: 'andere-scan' };
		expect(scansInSessie([other, scan, eerder], [anna])).toEqual([scan]);
		expect(scansInSessie([other, scan, eerder], [oud])).toEqual([eerder]);
		expect(scansInSessie([other, scan], [])).toEqual([]);
	});

	it('is empty without codes', () => {
		const empty = summarizeGroup(scan, []);
		expect(empty.deelnemers).toBe(0);
		expect(empty.themas[0]).toMatchObject({ n: 0, median: null });
	});
});

describe('stored data of the group overview', () => {
	const isV3 = (v: unknown) => groepsoverzichtTool.validators[3]?.(v);
	const leeg = { ronde: { naam: '', datum: '' }, plannen: {} };

	it('version 1 called the list `codes`; it migrates to `deelcodes` unchanged, and on to 4 with no round name and no plan', () => {
		expect(groepsoverzichtTool.validators[1]?.({ codes: [oud] })).toBe(true);
		expect(groepsoverzichtTool.validators[1]?.({ codes: [anna] })).toBe(false);
		expect(migrateToCurrent(groepsoverzichtTool, 1, { codes: [oud] })).toEqual({
			ok: true,
			data: { deelcodes: [oud], ...leeg },
		});
		expect(migrateToCurrent(groepsoverzichtTool, 2, { deelcodes: [oud] })).toEqual({
			ok: true,
			data: { deelcodes: [oud], ...leeg },
		});
		expect(migrateToCurrent(groepsoverzichtTool, 3, { deelcodes: [anna, oud] })).toEqual({
			ok: true,
			data: { deelcodes: [anna, oud], ...leeg },
		});
	});

	it('version 4 keeps the round name, the priorities and the actions', () => {
		const data = {
			deelcodes: [anna],
			ronde: { naam: 'Gemeente Oost, voorjaar 2027', datum: '2027-03-12' },
			plannen: {
				'informele-steun': {
					prioriteiten: ['waarde'],
					acties: [
						{ id: 'a-1', themaId: 'waarde', wat: 'Netwerkkaart in elk plan', wie: 'Wijkteam', voor: 'juni 2027' },
					],
				},
			},
		};
		expect(migrateToCurrent(groepsoverzichtTool, 4, data)).toEqual({ ok: true, data });
		const isCurrent = groepsoverzichtTool.validators[4]!;
		// An imported file is untrusted: a plan under a key that is no scan id, or an action with HTML-ish ids, is refused.
		expect(isCurrent({ ...data, plannen: { __proto__x: data.plannen['informele-steun'] } })).toBe(false);
		expect(isCurrent({ ...data, plannen: { x: { prioriteiten: ['<b>'], acties: [] } } })).toBe(false);
		expect(isCurrent({ ...data, ronde: { naam: 'x'.repeat(81), datum: '' } })).toBe(false);
		expect(isCurrent({ deelcodes: [anna] })).toBe(false);
	});

	it('refuses values of the wrong shape', () => {
		for (const value of [
			null,
			[],
			'deelcodes',
			{ deelcodes: 'z1' },
			{ deelcodes: [], extra: 1 },
			{},
			{ codes: [] },
			{ deelcodes: [1] },
			{ deelcodes: [`z1.a.1.${'1'.repeat(390)}.abc`] },
			{ deelcodes: Array.from({ length: 501 }, () => anna) },
		]) {
			expect(isV3(value)).toBe(false);
		}
		expect(isV3({ deelcodes: [`z1.a.1.${'1'.repeat(389)}.abc`] })).toBe(true);
	});
});

describe('roles in the team overview', () => {
	const metRol = (rol: string, antwoorden: Antwoorden) =>
		deelcodeFromAntwoorden(scan, antwoorden, { rol, ronde: 'oost2027' });
	const laag = { a1: { score: 1 }, a2: { score: 2 }, b1: { score: 2 }, b2: { score: 2 } } as const;
	const hoog = { a1: { score: 4 }, a2: { score: 3 }, b1: { score: 2 }, b2: { score: 3 } } as const;

	it('gives every participant their role and theme scores; a code without a role is "rol onbekend"', () => {
		const summary = summarizeGroup(scan, [metRol('gemeente', laag), metRol('jeugdhulp', hoog), anna]);
		expect(summary.rolDeelnemers).toEqual([
			{ rol: 'gemeente', scores: { a: 1.5, b: 2 } },
			{ rol: 'jeugdhulp', scores: { a: 3.5, b: 2.5 } },
			{ rol: null, scores: { a: 1, b: 3.7 } },
		]);
	});

	it('counts the team rounds the codes come from, codes without a round aside', () => {
		const najaar = deelcodeFromAntwoorden(scan, laag, { rol: 'gemeente', ronde: 'najaar' });
		expect(summarizeGroup(scan, [metRol('gemeente', laag), metRol('jeugdhulp', hoog), anna]).rondes).toBe(1);
		expect(summarizeGroup(scan, [metRol('gemeente', laag), najaar, anna]).rondes).toBe(2);
	});

	it('reads a version-1 code against the earlier version, without a role', () => {
		expect(summarizeGroup(eerder, [oud, anna]).rolDeelnemers).toEqual([{ rol: null, scores: { a: null } }]);
	});
});
