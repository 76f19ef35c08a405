import { antwoordenFromDeelcode, decodeDeelcode } from '../zelfscan/deelcode';
import type { Antwoorden } from '../zelfscan/definition';
import type { Zelfscan, ZelfscanBand } from '../zelfscan/schema';
import { bandFor, roundOne, scoreThema, UNKNOWN } from '../zelfscan/scoring';

/**
 * Group overview for a trainer: the participants' deelcodes (collected by
 * deelcodes.ts) in, anonymous numbers per theme and per statement out. Pure
 * functions, shared by the island and the unit tests.
 *
 * Rules:
 * - "Weet ik niet / n.v.t." (score 0) and unanswered statements never count
 *   towards a median or a spread.
 * - A participant's theme score is the mean of their counted answers in
 *   that theme (the same rule as the zelfscan itself); the group's theme
 *   number is the median of those participant scores.
 */

/** What the group overview page passes to the island: no help texts, no advice, to keep the HTML small. */
export type GroupScan = Pick<Zelfscan, 'id' | 'title' | 'version' | 'scale' | 'bands'> & {
	themes: { id: string; title: string; statements: { id: string; text: string }[] }[];
};

/** Only what the group overview needs from a zelfscan. */
export function toGroupScan(scan: Zelfscan): GroupScan {
	return {
		id: scan.id,
		title: scan.title,
		version: scan.version,
		scale: scan.scale,
		bands: scan.bands,
		themes: scan.themes.map((t) => ({
			id: t.id,
			title: t.title,
			statements: t.statements.map((s) => ({ id: s.id, text: s.text })),
		})),
	};
}

/* ------------------------------------------------------------------------ */
/* Statistics                                                               */
/* ------------------------------------------------------------------------ */

/** Median of a list of numbers; null for an empty list. One decimal. */
export function median(values: readonly number[]): number | null {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return roundOne(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
}

/** Standard deviation (population), one decimal; null for fewer than two values. */
export function spread(values: readonly number[]): number | null {
	if (values.length < 2) return null;
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
	return roundOne(Math.sqrt(variance));
}

export interface StellingSummary {
	id: string;
	text: string;
	themaId: string;
	/** counts[i] = participants who chose answer i + 1 on the scale. */
	counts: number[];
	/** "Weet ik niet / n.v.t." answers (never counted in median or spread). */
	unknown: number;
	/** Participants whose answer counts. */
	n: number;
	median: number | null;
	spread: number | null;
	lowest: number | null;
	highest: number | null;
	/** Participants who marked "Hier wil ik over praten". */
	bespreken: number;
}

export interface ThemaSummary {
	themaId: string;
	title: string;
	/** Participants with a score for this theme. */
	n: number;
	median: number | null;
	lowest: number | null;
	highest: number | null;
	spread: number | null;
	band: ZelfscanBand | null;
	/** How many participants' theme scores fall in each band, in band order. */
	bands: { band: ZelfscanBand; count: number }[];
	stellingen: StellingSummary[];
}

export interface GroupSummary {
	scanId: string;
	title: string;
	scale: readonly string[];
	deelnemers: number;
	themas: ThemaSummary[];
	/** Statements with the smallest spread (at least two counted answers), most agreement first. */
	agree: StellingSummary[];
	/** Statements with the largest spread, most divided first. */
	diverge: StellingSummary[];
	/** Statements most often marked "Hier wil ik over praten", most first. */
	bespreken: StellingSummary[];
}

/** Spread at or below this (on the answer scale) counts as "the group agrees". */
export const AGREE_MAX = 0.5;
/** Spread at or above this counts as "views differ". */
export const DIVERGE_MIN = 1;
const LIST_SIZE = 5;

const lowest = (values: number[]) => (values.length ? Math.min(...values) : null);
const highest = (values: number[]) => (values.length ? Math.max(...values) : null);

/** The answers of every deelcode that belongs to `scan`, one entry per participant. */
export function deelnemerAntwoorden(scan: GroupScan, deelcodes: readonly string[]): Antwoorden[] {
	const out: Antwoorden[] = [];
	for (const code of deelcodes) {
		const decoded = decodeDeelcode(code);
		if (!decoded.ok || decoded.value.scanId !== scan.id) continue;
		const result = antwoordenFromDeelcode(scan, decoded.value);
		if (result.ok) out.push(result.antwoorden);
	}
	return out;
}

export function summarizeGroup(scan: GroupScan, deelcodes: readonly string[]): GroupSummary {
	const deelnemers = deelnemerAntwoorden(scan, deelcodes);
	const points = scan.scale.length;
	const themas: ThemaSummary[] = scan.themes.map((thema) => {
		const themaScores = deelnemers
			.map((antwoorden) => scoreThema(scan, thema, antwoorden).average)
			.filter((v): v is number => v !== null);
		const stellingen: StellingSummary[] = thema.statements.map((stelling) => {
			const counts = Array.from({ length: points }, () => 0);
			const scores: number[] = [];
			let unknown = 0;
			let bespreken = 0;
			for (const antwoorden of deelnemers) {
				const antwoord = antwoorden[stelling.id];
				if (antwoord?.bespreken) bespreken++;
				const score = antwoord?.score;
				if (score === UNKNOWN) unknown++;
				else if (typeof score === 'number' && score >= 1 && score <= points) {
					counts[score - 1]++;
					scores.push(score);
				}
			}
			return {
				id: stelling.id,
				text: stelling.text,
				themaId: thema.id,
				counts,
				unknown,
				n: scores.length,
				median: median(scores),
				spread: spread(scores),
				lowest: lowest(scores),
				highest: highest(scores),
				bespreken,
			};
		});
		const groupMedian = median(themaScores);
		return {
			themaId: thema.id,
			title: thema.title,
			n: themaScores.length,
			median: groupMedian,
			lowest: lowest(themaScores),
			highest: highest(themaScores),
			spread: spread(themaScores),
			band: bandFor(scan.bands, groupMedian),
			bands: scan.bands.map((band) => ({
				band,
				count: themaScores.filter((s) => bandFor(scan.bands, s)?.id === band.id).length,
			})),
			stellingen,
		};
	});

	const all = themas.flatMap((t) => t.stellingen);
	const comparable = all.filter((s): s is StellingSummary & { spread: number } => s.spread !== null);
	// Array.prototype.sort is stable: ties keep the order of the scan.
	const agree = comparable.filter((s) => s.spread <= AGREE_MAX).sort((a, b) => a.spread - b.spread || b.n - a.n);
	const diverge = comparable.filter((s) => s.spread >= DIVERGE_MIN).sort((a, b) => b.spread - a.spread || b.n - a.n);
	const bespreken = all.filter((s) => s.bespreken > 0).sort((a, b) => b.bespreken - a.bespreken);

	return {
		scanId: scan.id,
		title: scan.title,
		scale: scan.scale,
		deelnemers: deelnemers.length,
		themas,
		agree: agree.slice(0, LIST_SIZE),
		diverge: diverge.slice(0, LIST_SIZE),
		bespreken: bespreken.slice(0, LIST_SIZE),
	};
}

/** The scans that have at least one deelcode in the session, in the order of `scans`. */
export function scansInSessie<S extends { id: string }>(scans: readonly S[], deelcodes: readonly string[]): S[] {
	const ids = new Set(deelcodes.map((c) => c.split('.')[1]));
	return scans.filter((s) => ids.has(s.id));
}
