import { describe, expect, it } from 'vitest';
import { migrateToCurrent } from '../../../src/lib/storage/envelope';
import { addDeelcodes, describeAdd, splitInput } from '../../../src/lib/trainer/deelcodes';
import { groepsoverzichtTool } from '../../../src/lib/trainer/definition';
import { type GroupScan, median, scansInSessie, spread, summarizeGroup } from '../../../src/lib/trainer/group';
import { deelcodeFromAntwoorden } from '../../../src/lib/zelfscan/deelcode';

const scan: GroupScan = {
	id: 'testscan',
	title: 'Testscan',
	version: 1,
	scale: ['Nog niet', 'Een beetje', 'Grotendeels', 'Helemaal'],
	bands: [
		{ id: 'begin', label: 'Begin', min: 1 },
		{ id: 'onderweg', label: 'Onderweg', min: 2 },
		{ id: 'stevig', label: 'Stevig', min: 3 },
	],
	themes: [
		{
			id: 'a',
			title: 'Thema A',
			statements: [
				{ id: 'a1', text: 'Stelling a1' },
				{ id: 'a2', text: 'Stelling a2' },
			],
		},
		{
			id: 'b',
			title: 'Thema B',
			statements: [
				{ id: 'b1', text: 'Stelling b1' },
				{ id: 'b2', text: 'Stelling b2' },
			],
		},
	],
};
const scans = [scan];

const code = (antwoorden: Record<string, { score?: number; bespreken?: boolean }>) =>
	deelcodeFromAntwoorden(scan, antwoorden);

const anna = code({ a1: { score: 1 }, a2: { score: 1 }, b1: { score: 4 }, b2: { score: 4, bespreken: true } });
const bram = code({ a1: { score: 2 }, a2: { score: 2 }, b1: { score: 1 }, b2: { score: 0, bespreken: true } });
const cato = code({ a1: { score: 4 }, a2: { score: 0 }, b1: { score: 4 }, b2: { score: 0 } });

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
		const result = addDeelcodes({ deelcodes: [] }, [anna, 'hallo', damaged, bram], scans);
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
		const first = addDeelcodes({ deelcodes: [] }, [anna], scans);
		const again = addDeelcodes(
			first.data,
			[`https://example.org/voor-trainers/groepsoverzicht/#code=${anna}`, anna.toUpperCase()],
			scans,
		);
		expect(again.data.deelcodes).toEqual([anna]);
		expect(again.duplicates).toBe(2);
		expect(describeAdd(again)).toBe('0 deelcodes toegevoegd. 2 codes stonden er al in; die tellen maar één keer.');
	});

	it('refuses codes of an unknown scan or another version', () => {
		const other = deelcodeFromAntwoorden({ ...scan, id: 'andere-scan' }, {});
		const newer = deelcodeFromAntwoorden({ ...scan, version: 2 }, {});
		const result = addDeelcodes({ deelcodes: [] }, [other, newer], scans);
		expect(result.data.deelcodes).toEqual([]);
		expect(result.refused.map((r) => r.message)).toEqual([
			expect.stringMatching(/zelfscan die deze site niet kent/),
			expect.stringMatching(/versie 2/),
		]);
	});

	it('splits pasted text on lines, spaces, commas and semicolons', () => {
		expect(splitInput(`${anna}\n ${bram}, ${cato};`)).toEqual([anna, bram, cato]);
	});

	it('stores only canonical deelcodes', () => {
		expect(groepsoverzichtTool.validators[2]?.({ deelcodes: [anna, bram] })).toBe(true);
		expect(groepsoverzichtTool.validators[2]?.({ deelcodes: ['<script>'] })).toBe(false);
	});
});

describe('group summary', () => {
	const summary = summarizeGroup(scan, [anna, bram, cato]);
	const [a, b] = summary.themas;

	it('counts the participants', () => {
		expect(summary.deelnemers).toBe(3);
	});

	it('gives the median and range of participant theme scores, ignoring n.v.t.', () => {
		// Theme A per person: anna 1, bram 2, cato 4 (a2 is n.v.t. and does not count).
		expect(a).toMatchObject({ n: 3, median: 2, lowest: 1, highest: 4 });
		expect(a.bands.map((x) => x.count)).toEqual([1, 1, 1]);
		// Theme B: anna 4, bram 1 (b2 n.v.t.), cato 4 (b2 n.v.t.).
		expect(b).toMatchObject({ n: 3, median: 4, lowest: 1, highest: 4 });
		expect(b.band?.id).toBe('stevig');
	});

	it('counts answers per scale point and n.v.t. separately', () => {
		const b2 = b.stellingen.find((s) => s.id === 'b2')!;
		expect(b2.counts).toEqual([0, 0, 0, 1]);
		expect(b2.unknown).toBe(2);
		expect(b2.n).toBe(1);
		expect(b2.spread).toBeNull();
	});

	it('lists where the group agrees and where views differ', () => {
		expect(summary.agree.map((s) => s.id)).toEqual(['a2']);
		expect(summary.diverge.map((s) => s.id)).toEqual(['b1', 'a1']);
		const same = summarizeGroup(scan, [code({ a1: { score: 3 } }), code({ a1: { score: 3 }, a2: { score: 1 } })]);
		expect(same.agree.map((s) => s.id)).toEqual(['a1']);
	});

	it('lists the statements most often marked to talk about', () => {
		expect(summary.bespreken.map((s) => [s.id, s.bespreken])).toEqual([['b2', 2]]);
	});

	it('knows which scans have codes in the session', () => {
		const other = { ...scan, id: 'andere-scan' };
		expect(scansInSessie([other, scan], [anna])).toEqual([scan]);
		expect(scansInSessie([other, scan], [])).toEqual([]);
	});

	it('is empty without codes', () => {
		const empty = summarizeGroup(scan, []);
		expect(empty.deelnemers).toBe(0);
		expect(empty.themas[0]).toMatchObject({ n: 0, median: null, band: null });
	});
});

describe('stored data of the group overview', () => {
	const isCurrent = (v: unknown) => groepsoverzichtTool.validators[2]?.(v);

	it('version 1 called the list `codes`; it migrates to `deelcodes` unchanged', () => {
		expect(groepsoverzichtTool.validators[1]?.({ codes: [anna, bram] })).toBe(true);
		expect(migrateToCurrent(groepsoverzichtTool, 1, { codes: [anna, bram] })).toEqual({
			ok: true,
			data: { deelcodes: [anna, bram] },
		});
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
			expect(isCurrent(value)).toBe(false);
		}
		expect(isCurrent({ deelcodes: [`z1.a.1.${'1'.repeat(389)}.abc`] })).toBe(true);
	});
});
