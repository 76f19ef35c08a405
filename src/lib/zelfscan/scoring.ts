import type { Zelfscan, ZelfscanBand, ZelfscanTheme } from './schema';

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

export function scoreTheme(
	scan: Pick<Zelfscan, 'scale' | 'bands'>,
	theme: ZelfscanTheme,
	answers: Answers,
): ThemeScore {
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
