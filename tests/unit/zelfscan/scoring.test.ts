import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/number';
import type { Antwoorden } from '../../../src/lib/zelfscan/definition';
import {
	adviesFor,
	compareRondes,
	formatChange,
	scaleFraction,
	strongestAndWeakest,
} from '../../../src/lib/zelfscan/results';
import type { Zelfscan } from '../../../src/lib/zelfscan/schema';
import { bandFor, progress, scoreScan, scoreThema } from '../../../src/lib/zelfscan/scoring';

const statements = (prefix: string, n: number) =>
	Array.from({ length: n }, (_, i) => ({
		id: `${prefix}${i + 1}`,
		text: `Stelling ${prefix}${i + 1}`,
		help: 'Uitleg',
	}));
const advice = ['begin', 'onderweg', 'stevig'].map((band) => ({
	band,
	text: `Advies ${band}`,
	steps: ['stap'],
	examples: [],
}));

const scan: Zelfscan = {
	id: 'test',
	title: 'Test',
	summary: 'Test',
	audience: 'Test',
	version: 1,
	order: 0,
	intro: ['Test'],
	scale: ['Nog niet', 'Een beetje', 'Grotendeels', 'Helemaal'],
	unknownLabel: 'Weet ik niet / niet van toepassing',
	bands: [
		{ id: 'begin', label: 'Nog aan het begin', min: 1 },
		{ id: 'onderweg', label: 'Onderweg', min: 2 },
		{ id: 'stevig', label: 'Stevig geregeld', min: 3 },
	],
	themes: ['a', 'b', 'c', 'd'].map((id) => ({ id, title: `Thema ${id}`, statements: statements(id, 3), advice })),
};
const [themeA] = scan.themes;

describe('scoreTheme', () => {
	it('averages the answers, one decimal', () => {
		const s = scoreThema(scan, themeA, { a1: { score: 2 }, a2: { score: 3 }, a3: { score: 3 } });
		expect(s).toMatchObject({ answered: 3, counted: 3, unknown: 0, average: 2.7, status: 'klaar' });
		expect(s.band?.id).toBe('onderweg');
	});

	it('leaves "weet ik niet / n.v.t." out of the score but counts it as answered', () => {
		const s = scoreThema(scan, themeA, { a1: { score: 4 }, a2: { score: 0 }, a3: { score: 3 } });
		expect(s).toMatchObject({ answered: 3, counted: 2, unknown: 1, average: 3.5, status: 'klaar' });
	});

	it('has no score when every answer is "weet ik niet"', () => {
		const s = scoreThema(scan, themeA, { a1: { score: 0 }, a2: { score: 0 } });
		expect(s).toMatchObject({ answered: 2, counted: 0, average: null, band: null, status: 'bezig' });
	});

	it('reports progress: niet begonnen, bezig, klaar', () => {
		expect(scoreThema(scan, themeA, {}).status).toBe('niet-begonnen');
		expect(scoreThema(scan, themeA, { a1: { bespreken: true, notitie: 'alleen een notitie' } }).status).toBe(
			'niet-begonnen',
		);
		expect(scoreThema(scan, themeA, { a2: { score: 1 } }).status).toBe('bezig');
		expect(scoreThema(scan, themeA, { a1: { score: 1 }, a2: { score: 0 }, a3: { score: 4 } }).status).toBe('klaar');
	});

	it('ignores scores outside the scale and answers of other statements', () => {
		const s = scoreThema(scan, themeA, { a1: { score: 7 }, a2: { score: 2.5 }, a3: { score: -1 }, b1: { score: 4 } });
		expect(s).toMatchObject({ answered: 0, average: null, status: 'niet-begonnen' });
	});

	it('collects the statements marked "Hier wil ik over praten"', () => {
		expect(scoreThema(scan, themeA, { a1: { bespreken: true }, a3: { score: 2, bespreken: true } }).bespreken).toEqual([
			'a1',
			'a3',
		]);
	});

	it('bases the band on the rounded score people see', () => {
		// 2 + 4 + 3 ... mean 2.95 would show as "3,0": it must also be "stevig".
		const antwoorden: Antwoorden = {};
		const theme = { ...themeA, statements: statements('x', 20) };
		for (const [i, s] of theme.statements.entries()) antwoorden[s.id] = { score: i === 0 ? 2 : 3 };
		const s = scoreThema(scan, theme, antwoorden);
		expect(formatNumber(s.average!)).toBe('3,0');
		expect(s.band?.id).toBe('stevig');
	});
});

describe('bands and advice', () => {
	it.each([
		[1, 'begin'],
		[1.9, 'begin'],
		[2, 'onderweg'],
		[2.9, 'onderweg'],
		[3, 'stevig'],
		[4, 'stevig'],
	])('score %s falls in band %s', (score, band) => {
		expect(bandFor(scan.bands, score)?.id).toBe(band);
	});

	it('has no band without a score', () => {
		expect(bandFor(scan.bands, null)).toBeNull();
	});

	it('picks the advice of the band', () => {
		expect(adviesFor(themeA, bandFor(scan.bands, 2.4))?.text).toBe('Advies onderweg');
		expect(adviesFor(themeA, null)).toBeNull();
	});
});

describe('strongestAndWeakest', () => {
	const scored = (averages: (number | null)[]) =>
		strongestAndWeakest(
			averages.map((average, i) => ({
				themaId: `t${i}`,
				total: 3,
				answered: 3,
				counted: 3,
				unknown: 0,
				average,
				band: null,
				status: 'klaar' as const,
				bespreken: [],
			})),
		);
	const ids = (r: ReturnType<typeof scored>) => ({
		strongest: r.strongest.map((s) => s.themaId),
		weakest: r.weakest.map((s) => s.themaId),
	});

	it('lists up to three of each, best and worst first', () => {
		expect(ids(scored([2, 4, 1, 3, 2.5, 3.5, 1.5, null]))).toEqual({
			strongest: ['t1', 't5', 't3'],
			weakest: ['t2', 't6', 't0'],
		});
	});

	it('uses fewer for small scans', () => {
		expect(ids(scored([2, 3, 4]))).toEqual({ strongest: ['t2'], weakest: ['t0'] });
	});

	it('never calls a theme weak when it has the top score', () => {
		expect(ids(scored([3, 3, 3, 3, 3, 2]))).toEqual({ strongest: ['t0', 't1', 't2'], weakest: ['t5'] });
	});

	it('has neither when all scores are equal or fewer than two themes have a score', () => {
		expect(ids(scored([3, 3, 3]))).toEqual({ strongest: [], weakest: [] });
		expect(ids(scored([3, null, null]))).toEqual({ strongest: [], weakest: [] });
	});
});

describe('progress', () => {
	it('counts answered statements and finished themes', () => {
		const scores = scoreScan(scan, { a1: { score: 1 }, a2: { score: 0 }, a3: { score: 2 }, b1: { score: 4 } });
		expect(progress(scores)).toEqual({ answered: 4, total: 12, themasDone: 1, themas: 4 });
	});
});

describe('compareRounds', () => {
	it('gives the change per theme, and none where a round has no score', () => {
		const before: Antwoorden = { a1: { score: 1 }, a2: { score: 2 }, b1: { score: 4 } };
		const after: Antwoorden = { a1: { score: 3 }, a2: { score: 3 }, b1: { score: 2 }, c1: { score: 3 } };
		expect(compareRondes(scan, before, after)).toEqual([
			{ themaId: 'a', before: 1.5, after: 3, change: 1.5 },
			{ themaId: 'b', before: 4, after: 2, change: -2 },
			{ themaId: 'c', before: null, after: 3, change: null },
			{ themaId: 'd', before: null, after: null, change: null },
		]);
	});
});

describe('formatting', () => {
	it('writes Dutch decimals and signed changes', () => {
		expect(formatNumber(2.7)).toBe('2,7');
		expect(formatNumber(3)).toBe('3,0');
		expect(formatChange(0.5)).toBe('+0,5');
		expect(formatChange(-1)).toBe('-1,0');
		expect(formatChange(0)).toBe('0,0');
	});

	it('places scores on the scale for bar lengths', () => {
		expect(scaleFraction(1, 4)).toBe(0);
		expect(scaleFraction(4, 4)).toBe(1);
		expect(scaleFraction(2.5, 4)).toBe(0.5);
	});
});
