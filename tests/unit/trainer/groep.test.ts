import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deelcodeFromAnswers } from '../../../src/lib/zelfscan/deelcode';
import { addCodes, describeAdd, splitInput } from '../../../src/lib/trainer/codes';
import { median, spread, summarize } from '../../../src/lib/trainer/groep';
import { isGroupStateV1 } from '../../../src/lib/trainer/definitie';
import type { Zelfscan } from '../../../src/lib/zelfscan/schema';

const scan = {
	intro: [],
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
				{ id: 'a1', text: 'Stelling a1', help: '' },
				{ id: 'a2', text: 'Stelling a2', help: '' },
			],
			advice: [],
		},
		{
			id: 'b',
			title: 'Thema B',
			statements: [
				{ id: 'b1', text: 'Stelling b1', help: '' },
				{ id: 'b2', text: 'Stelling b2', help: '' },
			],
			advice: [],
		},
	],
} as unknown as Zelfscan;
const scans = [scan];

const code = (answers: Record<string, { score?: number; talk?: boolean }>) => deelcodeFromAnswers(scan, answers);

const anna = code({ a1: { score: 1 }, a2: { score: 1 }, b1: { score: 4 }, b2: { score: 4, talk: true } });
const bram = code({ a1: { score: 2 }, a2: { score: 2 }, b1: { score: 1 }, b2: { score: 0, talk: true } });
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
		const damaged = anna.slice(0, -1) + (anna.endsWith('0') ? '1' : '0');
		const result = addCodes({ codes: [] }, [anna, 'hallo', damaged, bram], scans);
		expect(result.state.codes).toEqual([anna, bram]);
		expect(result.added).toBe(2);
		expect(result.refused).toHaveLength(2);
		expect(result.refused[0]).toMatchObject({
			input: 'hallo',
			message: expect.stringMatching(/geen geldige deelcode/),
		});
		expect(result.refused[1].message).toMatch(/klopt niet/);
	});

	it('counts a duplicate once, also when it comes as a link or in capitals', () => {
		const first = addCodes({ codes: [] }, [anna], scans);
		const again = addCodes(
			first.state,
			[`https://example.org/voor-trainers/groepsoverzicht/#code=${anna}`, anna.toUpperCase()],
			scans,
		);
		expect(again.state.codes).toEqual([anna]);
		expect(again.duplicates).toBe(2);
		expect(describeAdd(again)).toBe('0 deelcodes toegevoegd. 2 codes stonden er al in; die tellen maar één keer.');
	});

	it('refuses codes of an unknown scan or another version', () => {
		const other = deelcodeFromAnswers({ ...scan, id: 'andere-scan' }, {});
		const newer = deelcodeFromAnswers({ ...scan, version: 2 }, {});
		const result = addCodes({ codes: [] }, [other, newer], scans);
		expect(result.state.codes).toEqual([]);
		expect(result.refused.map((r) => r.message)).toEqual([
			expect.stringMatching(/zelfscan die deze site niet kent/),
			expect.stringMatching(/versie 2/),
		]);
	});

	it('splits pasted text on lines, spaces, commas and semicolons', () => {
		expect(splitInput(`${anna}\n ${bram}, ${cato};`)).toEqual([anna, bram, cato]);
	});

	it('stores only canonical deelcodes', () => {
		expect(isGroupStateV1({ codes: [anna, bram] })).toBe(true);
		expect(isGroupStateV1({ codes: ['<script>'] })).toBe(false);
	});
});

describe('group summary', () => {
	const summary = summarize(scan, [anna, bram, cato]);
	const [a, b] = summary.themes;

	it('counts the participants', () => {
		expect(summary.participants).toBe(3);
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
		const b2 = b.statements.find((s) => s.id === 'b2')!;
		expect(b2.counts).toEqual([0, 0, 0, 1]);
		expect(b2.unknown).toBe(2);
		expect(b2.n).toBe(1);
		expect(b2.spread).toBeNull();
	});

	it('lists where the group agrees and where views differ', () => {
		expect(summary.agree.map((s) => s.id)).toEqual(['a2']);
		expect(summary.diverge.map((s) => s.id)).toEqual(['b1', 'a1']);
		const same = summarize(scan, [code({ a1: { score: 3 } }), code({ a1: { score: 3 }, a2: { score: 1 } })]);
		expect(same.agree.map((s) => s.id)).toEqual(['a1']);
	});

	it('lists the statements most often marked to talk about', () => {
		expect(summary.talk.map((s) => [s.id, s.talk])).toEqual([['b2', 2]]);
	});

	it('is empty without codes', () => {
		const empty = summarize(scan, []);
		expect(empty.participants).toBe(0);
		expect(empty.themes[0]).toMatchObject({ n: 0, median: null, band: null });
	});
});

/** The v1 format written declaratively with zod: the oracle for the hand-written isGroupStateV1. */
const oracle = z.strictObject({
	codes: z
		.array(
			z
				.string()
				.max(400)
				.regex(/^z\d+\.[a-z0-9-]+\.\d{1,6}\.[0-9a-z]*\.[0-9a-z]{3}$/),
		)
		.max(500),
});

describe('isGroupStateV1 agrees with the declarative schema', () => {
	const codeLike = fc.oneof(
		fc.constantFrom('z1.informele-steun.1.12340.a1b', 'z1.gemeentescan.2..00z', 'Z1.x.1.1.abc', 'z1.x.1.1.ab'),
		fc.stringMatching(/^z\d\.[a-z-]{1,8}\.\d\.[0-9a-z]{0,6}\.[0-9a-z]{3}$/),
		fc.string(),
	);
	it('on code lists of any length and content', () => {
		fc.assert(
			fc.property(fc.array(codeLike, { maxLength: 510 }), (codes) => {
				expect(isGroupStateV1({ codes })).toBe(oracle.safeParse({ codes }).success);
			}),
		);
	});
	it('on values of the wrong shape', () => {
		for (const value of [
			null,
			[],
			'codes',
			{ codes: 'z1' },
			{ codes: [], extra: 1 },
			{},
			{ codes: [1] },
			{ codes: [`z1.a.1.${'1'.repeat(390)}.abc`] },
			{ codes: [`z1.a.1.${'1'.repeat(389)}.abc`] },
		]) {
			expect(isGroupStateV1(value)).toBe(oracle.safeParse(value).success);
		}
	});
});
