import type { Zelfscan, ZelfscanAdvice, ZelfscanBand, ZelfscanTheme } from './schema';

/**
 * Scoring of a zelfscan round. Pure functions: the islands, the trainer
 * tool and the tests all use the same rules.
 *
 * - A statement's score is 1..n on the scan's scale; 0 means "Weet ik niet /
 *   niet van toepassing": it counts as answered for progress, but never for
 *   a score. An absent score means "not answered yet".
 * - A theme's score is the mean of its counted answers, rounded to one
 *   decimal first, so the band always matches the number people see.
 */

export const UNKNOWN = 0;

/** One statement's answer as kept in the browser. */
export interface Answer {
	/** 1..n on the scale, 0 = weet ik niet / n.v.t.; absent = not answered. */
	score?: number;
	/** "Hier wil ik over praten". */
	talk?: boolean;
	/** Free text; never leaves the browser except in the user's own export file. */
	note?: string;
}

/** Answers by statement id. */
export type Answers = Partial<Record<string, Answer>>;

export type ThemeStatus = 'niet-begonnen' | 'bezig' | 'klaar';

export const STATUS_LABEL: Record<ThemeStatus, string> = {
	'niet-begonnen': 'Niet begonnen',
	bezig: 'Bezig',
	klaar: 'Klaar',
};

export interface ThemeScore {
	themeId: string;
	/** Statements in the theme. */
	total: number;
	/** Statements with any answer, "weet ik niet" included. */
	answered: number;
	/** Answers that count towards the score (1..n). */
	counted: number;
	/** "Weet ik niet / n.v.t." answers. */
	unknown: number;
	/** Mean of the counted answers, one decimal; null when nothing counts. */
	average: number | null;
	band: ZelfscanBand | null;
	status: ThemeStatus;
	/** Ids of statements marked "Hier wil ik over praten". */
	talk: string[];
}

/** Whether a stored score is a valid answer for a scale with `points` answers. */
export function isAnswered(score: number | undefined, points: number): score is number {
	return typeof score === 'number' && Number.isInteger(score) && score >= UNKNOWN && score <= points;
}

export function roundOne(value: number): number {
	return Math.round(value * 10) / 10;
}

/** The band whose range holds `average` (bands are sorted, the first starts at 1). */
export function bandFor(bands: readonly ZelfscanBand[], average: number | null): ZelfscanBand | null {
	if (average === null) return null;
	let found: ZelfscanBand | null = null;
	for (const band of bands) if (average >= band.min) found = band;
	return found ?? bands[0] ?? null;
}

export function scoreTheme(scan: Pick<Zelfscan, 'scale' | 'bands'>, theme: ZelfscanTheme, answers: Answers): ThemeScore {
	const points = scan.scale.length;
	let answered = 0;
	let counted = 0;
	let unknown = 0;
	let sum = 0;
	const talk: string[] = [];
	for (const statement of theme.statements) {
		const answer = answers[statement.id];
		if (answer?.talk) talk.push(statement.id);
		const score = answer?.score;
		if (!isAnswered(score, points)) continue;
		answered++;
		if (score === UNKNOWN) unknown++;
		else {
			counted++;
			sum += score;
		}
	}
	const average = counted ? roundOne(sum / counted) : null;
	const total = theme.statements.length;
	return {
		themeId: theme.id,
		total,
		answered,
		counted,
		unknown,
		average,
		band: bandFor(scan.bands, average),
		status: answered === 0 ? 'niet-begonnen' : answered === total ? 'klaar' : 'bezig',
		talk,
	};
}

export function scoreScan(scan: Zelfscan, answers: Answers): ThemeScore[] {
	return scan.themes.map((theme) => scoreTheme(scan, theme, answers));
}

export interface Progress {
	answered: number;
	total: number;
	themesDone: number;
	themes: number;
}

export function progress(scores: readonly ThemeScore[]): Progress {
	return {
		answered: scores.reduce((n, s) => n + s.answered, 0),
		total: scores.reduce((n, s) => n + s.total, 0),
		themesDone: scores.filter((s) => s.status === 'klaar').length,
		themes: scores.length,
	};
}

/**
 * Strongest and weakest themes: at most three each (fewer for small scans),
 * highest first and lowest first. A theme only counts as strong when it
 * scores above the lowest score, and as weak when below the highest, so a
 * scan where everything scores the same has neither.
 */
export function strongestAndWeakest(scores: readonly ThemeScore[]): { strongest: ThemeScore[]; weakest: ThemeScore[] } {
	const scored = scores.filter((s): s is ThemeScore & { average: number } => s.average !== null);
	if (scored.length < 2) return { strongest: [], weakest: [] };
	const size = Math.min(3, Math.floor(scored.length / 2));
	const high = Math.max(...scored.map((s) => s.average));
	const low = Math.min(...scored.map((s) => s.average));
	// Array.prototype.sort is stable: equal scores keep the order of the scan.
	const descending = [...scored].sort((a, b) => b.average - a.average);
	const ascending = [...scored].sort((a, b) => a.average - b.average);
	return {
		strongest: descending.slice(0, size).filter((s) => s.average > low),
		weakest: ascending.slice(0, size).filter((s) => s.average < high),
	};
}

export function adviceFor(theme: ZelfscanTheme, band: ZelfscanBand | null): ZelfscanAdvice | null {
	if (!band) return null;
	return theme.advice.find((a) => a.band === band.id) ?? null;
}

export interface ThemeChange {
	themeId: string;
	before: number | null;
	after: number | null;
	/** after - before, one decimal; null when either round has no score for the theme. */
	change: number | null;
}

/** Change per theme between two rounds of the same scan. */
export function compareRounds(scan: Zelfscan, before: Answers, after: Answers): ThemeChange[] {
	return scan.themes.map((theme) => {
		const a = scoreTheme(scan, theme, before).average;
		const b = scoreTheme(scan, theme, after).average;
		return { themeId: theme.id, before: a, after: b, change: a === null || b === null ? null : roundOne(b - a) };
	});
}

/** "2,7": Dutch decimal comma, always one decimal. */
export function formatScore(value: number): string {
	return value.toFixed(1).replace('.', ',');
}

/** "+0,5", "-1,0", "0,0". */
export function formatChange(value: number): string {
	const text = formatScore(Math.abs(value));
	return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}

/** Where a score sits on the scale, 0..1 (1 is the lowest answer, n the highest): for bar lengths. */
export function scaleFraction(value: number, points: number): number {
	if (points <= 1) return 0;
	return Math.min(1, Math.max(0, (value - 1) / (points - 1)));
}
