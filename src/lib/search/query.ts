/**
 * What the search page does on top of Pagefind, as pure functions: which
 * words of a question to search for, how to rank pages that match only some
 * of them, and which part of a page (sub-result) to show.
 */

/**
 * Dutch words that carry no meaning in a question ("wie regelt wat rond 18"):
 * question words, articles, pronouns, prepositions and common verbs. Pagefind
 * wants every word on a page and matches by prefix ("de" also finds
 * "definitie"), so these words only take good pages away.
 */
const stopwoorden = new Set(
	(
		'aan af al als bij dan dat de deze die dit doe doen doet door een en er hebben heb heeft het hij hoe hun ik in is ' +
		'je jij kan kun kunnen maar me mee met mijn moet moeten na naar niet nog nu of om omdat ons onze ook op over rond ' +
		'te tegen tot u uit uw van veel voor waar waarom wanneer wat we wel welk welke wie wij wil willen word wordt worden ' +
		'zal ze zich zij zijn zo zou'
	).split(' '),
);

/** A word as the stop list compares it: lower case, without punctuation around it. */
const bare = (word: string) => word.toLocaleLowerCase('nl').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The words of `query` worth searching for. A query of stop words only
 * ("wie is wie") is searched as typed.
 */
export function meaningfulWords(query: string): string[] {
	const words = query.split(/\s+/).filter((w) => bare(w).length > 0);
	const kept = words.filter((w) => !stopwoorden.has(bare(w)));
	return kept.length > 0 ? kept : words;
}

export interface ScoredHit {
	id: string;
	score: number;
}

/**
 * Pages that have any of the words, best first. `perWord` holds Pagefind's
 * hits for each word on its own. A page scores the sum of its scores for the
 * words it has (Pagefind's score includes how rare a word is, so one telling
 * word outweighs several common ones), times the share of the words it has,
 * so a page with more of the words moves up. Returns one hit per page: the
 * one of the word that scored best there.
 */
export function rankAnyWords<T extends ScoredHit>(perWord: T[][]): T[] {
	const pages = new Map<string, { hit: T; total: number; words: number }>();
	for (const hits of perWord) {
		for (const hit of hits) {
			const page = pages.get(hit.id);
			if (!page) pages.set(hit.id, { hit, total: hit.score, words: 1 });
			else {
				page.total += hit.score;
				page.words += 1;
				if (hit.score > page.hit.score) page.hit = hit;
			}
		}
	}
	const score = (p: { total: number; words: number }) => (p.total * p.words) / perWord.length;
	return [...pages.values()].sort((a, b) => score(b) - score(a)).map((p) => p.hit);
}

export interface WeightedLocation {
	weight: number;
	balanced_score: number;
}
export interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	weighted_locations: WeightedLocation[];
}

const scoreOf = (sub: SubResult) => sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);

/** A page's sub-results (its sections) with the most and heaviest hits first. */
export function rankSubResults<T extends SubResult>(subs: T[]): T[] {
	return [...subs].sort((a, b) => scoreOf(b) - scoreOf(a));
}
