import { answersFromDeelcode, decodeDeelcode } from '../zelfscan/deelcode';
import { bandFor, roundOne, scoreTheme, UNKNOWN, type Answers } from '../zelfscan/scoring';
import type { Zelfscan, ZelfscanBand } from '../zelfscan/schema';

/**
 * Group overview for a trainer: the participants' deelcodes (collected by
 * codes.ts) in, anonymous numbers per theme and per statement out. Pure
 * functions, shared by the island and the unit tests.
 *
 * Rules:
 * - "Weet ik niet / n.v.t." (score 0) and unanswered statements never count
 *   towards a median or a spread.
 * - A participant's theme score is the mean of their counted answers in
 *   that theme (the same rule as the zelfscan itself); the group's theme
 *   number is the median of those participant scores.
 */

type ScanShape = Pick<Zelfscan, 'id' | 'version' | 'scale' | 'bands' | 'themes' | 'title'>;

/* ------------------------------------------------------------------------ */
/* Statistics                                                               */
/* ------------------------------------------------------------------------ */

/** Median of a list of numbers; null for an empty list. One decimal. */
export function median(values: readonly number[]): number | null {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const value = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return roundOne(value);
}

/** Standard deviation (population), one decimal; null for fewer than two values. */
export function spread(values: readonly number[]): number | null {
	if (values.length < 2) return null;
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
	return roundOne(Math.sqrt(variance));
}

export interface StatementSummary {
	id: string;
	text: string;
	themeId: string;
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
	talk: number;
}

export interface ThemeSummary {
	themeId: string;
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
	statements: StatementSummary[];
}

export interface GroupSummary {
	scanId: string;
	title: string;
	scale: readonly string[];
	participants: number;
	themes: ThemeSummary[];
	/** Statements with the smallest spread (at least two counted answers), most agreement first. */
	agree: StatementSummary[];
	/** Statements with the largest spread, most divided first. */
	diverge: StatementSummary[];
	/** Statements most often marked "Hier wil ik over praten", most first. */
	talk: StatementSummary[];
}

/** Spread at or below this (on the answer scale) counts as "the group agrees". */
export const AGREE_MAX = 0.5;
/** Spread at or above this counts as "views differ". */
export const DIVERGE_MIN = 1;
const LIST_SIZE = 5;

/** The answers of every code that belongs to `scan`. */
export function participantAnswers(scan: ScanShape, codes: readonly string[]): Answers[] {
	const out: Answers[] = [];
	for (const code of codes) {
		const decoded = decodeDeelcode(code);
		if (!decoded.ok || decoded.value.scanId !== scan.id) continue;
		const answers = answersFromDeelcode(scan, decoded.value);
		if (answers.ok) out.push(answers.answers);
	}
	return out;
}

export function summarize(scan: ScanShape, codes: readonly string[]): GroupSummary {
	const people = participantAnswers(scan, codes);
	const points = scan.scale.length;
	const themes: ThemeSummary[] = scan.themes.map((theme) => {
		const themeScores = people
			.map((answers) => scoreTheme(scan, theme, answers).average)
			.filter((v): v is number => v !== null);
		const statements: StatementSummary[] = theme.statements.map((statement) => {
			const counts = Array.from({ length: points }, () => 0);
			const scores: number[] = [];
			let unknown = 0;
			let talk = 0;
			for (const answers of people) {
				const answer = answers[statement.id];
				if (answer?.talk) talk++;
				const score = answer?.score;
				if (score === UNKNOWN) unknown++;
				else if (typeof score === 'number' && score >= 1 && score <= points) {
					counts[score - 1]++;
					scores.push(score);
				}
			}
			return {
				id: statement.id,
				text: statement.text,
				themeId: theme.id,
				counts,
				unknown,
				n: scores.length,
				median: median(scores),
				spread: spread(scores),
				lowest: scores.length ? Math.min(...scores) : null,
				highest: scores.length ? Math.max(...scores) : null,
				talk,
			};
		});
		const groupMedian = median(themeScores);
		return {
			themeId: theme.id,
			title: theme.title,
			n: themeScores.length,
			median: groupMedian,
			lowest: themeScores.length ? Math.min(...themeScores) : null,
			highest: themeScores.length ? Math.max(...themeScores) : null,
			spread: spread(themeScores),
			band: bandFor(scan.bands, groupMedian),
			bands: scan.bands.map((band) => ({
				band,
				count: themeScores.filter((s) => bandFor(scan.bands, s)?.id === band.id).length,
			})),
			statements,
		};
	});

	const all = themes.flatMap((t) => t.statements);
	const comparable = all.filter((s): s is StatementSummary & { spread: number } => s.spread !== null);
	// Array.prototype.sort is stable: ties keep the order of the scan.
	const agree = [...comparable].filter((s) => s.spread <= AGREE_MAX).sort((a, b) => a.spread - b.spread || b.n - a.n);
	const diverge = [...comparable]
		.filter((s) => s.spread >= DIVERGE_MIN)
		.sort((a, b) => b.spread - a.spread || b.n - a.n);
	const talk = all.filter((s) => s.talk > 0).sort((a, b) => b.talk - a.talk);

	return {
		scanId: scan.id,
		title: scan.title,
		scale: scan.scale,
		participants: people.length,
		themes,
		agree: agree.slice(0, LIST_SIZE),
		diverge: diverge.slice(0, LIST_SIZE),
		talk: talk.slice(0, LIST_SIZE),
	};
}

/** The scans that have at least one code in the session, in the order of `scans`. */
export function scansInSession(scans: readonly ScanShape[], codes: readonly string[]): string[] {
	const ids = new Set(codes.map((c) => c.split('.')[1]));
	return scans.filter((s) => ids.has(s.id)).map((s) => s.id);
}

/** Scores as people read them: "2,5". */
export function formatNumber(value: number): string {
	return value.toFixed(1).replace('.', ',');
}
