import { describe, expect, it } from 'vitest';
import { meaningfulWords, rankAnyWords, rankSubResults } from '../../../src/lib/search/query';

describe('meaningfulWords', () => {
	it('leaves out the words of a question that carry no meaning', () => {
		expect(meaningfulWords('wie regelt wat rond 18 in Friesland')).toEqual(['regelt', '18', 'Friesland']);
		expect(meaningfulWords('Wat doet een ervaringsdeskundige?')).toEqual(['ervaringsdeskundige?']);
	});

	it('searches a query of stop words only as typed', () => {
		expect(meaningfulWords('wie is wie')).toEqual(['wie', 'is', 'wie']);
	});

	it('keeps words that only start like a stop word', () => {
		expect(meaningfulWords('de definitie van uitstroom')).toEqual(['definitie', 'uitstroom']);
	});

	it('ignores extra spaces and lone punctuation', () => {
		expect(meaningfulWords('  toekomstplan   -  ')).toEqual(['toekomstplan']);
	});
});

describe('rankAnyWords', () => {
	const hit = (id: string, score: number) => ({ id, score });

	it('puts a page with one rare, strong word above pages with several weak ones', () => {
		// "Friesland" is rare and in the title of a; "regelt" and "18" are everywhere and weak.
		const perWord = [
			[hit('b', 0.6), hit('c', 0.5)],
			[hit('a', 0.01), hit('b', 0.01), hit('c', 0.01)],
			[hit('a', 12), hit('b', 1)],
		];
		expect(rankAnyWords(perWord).map((h) => h.id)).toEqual(['a', 'b', 'c']);
	});

	it('moves a page up for each word it has', () => {
		const perWord = [[hit('a', 2), hit('b', 2)], [hit('b', 1)]];
		expect(rankAnyWords(perWord).map((h) => h.id)).toEqual(['b', 'a']);
	});

	it('returns each page once, with the hit of its best word', () => {
		const perWord = [[hit('a', 1)], [hit('a', 3)]];
		const ranked = rankAnyWords(perWord);
		expect(ranked).toHaveLength(1);
		expect(ranked[0].score).toBe(3);
	});
});

describe('rankSubResults', () => {
	const sub = (title: string, scores: number[]) => ({
		title,
		url: `/x/#${title}`,
		excerpt: '',
		weighted_locations: scores.map((s) => ({ weight: 1, balanced_score: s })),
	});

	it('puts the section with the most and heaviest hits first, and keeps the input as it was', () => {
		const subs = [sub('intro', [1]), sub('kop', [5, 5]), sub('slot', [3])];
		expect(rankSubResults(subs).map((s) => s.title)).toEqual(['kop', 'slot', 'intro']);
		expect(subs.map((s) => s.title)).toEqual(['intro', 'kop', 'slot']);
	});
});
