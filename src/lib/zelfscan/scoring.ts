import type { Antwoorden } from './definition';
import type { Zelfscan, ZelfscanBand, ZelfscanThema } from './schema';

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

export type ThemaStatus = 'niet-begonnen' | 'bezig' | 'klaar';

export const STATUS_LABEL: Record<ThemaStatus, string> = {
	'niet-begonnen': 'Niet begonnen',
	bezig: 'Bezig',
	klaar: 'Klaar',
};

export interface ThemaScore {
	themaId: string;
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
	status: ThemaStatus;
	/** Ids of statements marked "Hier wil ik over praten". */
	bespreken: string[];
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

export function scoreThema(
	scan: Pick<Zelfscan, 'scale' | 'bands'>,
	thema: Pick<ZelfscanThema, 'id'> & { statements: readonly { id: string }[] },
	antwoorden: Antwoorden,
): ThemaScore {
	const points = scan.scale.length;
	let answered = 0;
	let counted = 0;
	let unknown = 0;
	let sum = 0;
	const bespreken: string[] = [];
	for (const stelling of thema.statements) {
		const antwoord = antwoorden[stelling.id];
		if (antwoord?.bespreken) bespreken.push(stelling.id);
		const score = antwoord?.score;
		if (!isAnswered(score, points)) continue;
		answered++;
		if (score === UNKNOWN) unknown++;
		else {
			counted++;
			sum += score;
		}
	}
	const average = counted ? roundOne(sum / counted) : null;
	const total = thema.statements.length;
	return {
		themaId: thema.id,
		total,
		answered,
		counted,
		unknown,
		average,
		band: bandFor(scan.bands, average),
		status: answered === 0 ? 'niet-begonnen' : answered === total ? 'klaar' : 'bezig',
		bespreken,
	};
}

export function scoreScan(scan: Zelfscan, antwoorden: Antwoorden): ThemaScore[] {
	return scan.themes.map((thema) => scoreThema(scan, thema, antwoorden));
}

export interface Progress {
	answered: number;
	total: number;
	themasDone: number;
	themas: number;
}

export function progress(scores: readonly ThemaScore[]): Progress {
	return {
		answered: scores.reduce((n, s) => n + s.answered, 0),
		total: scores.reduce((n, s) => n + s.total, 0),
		themasDone: scores.filter((s) => s.status === 'klaar').length,
		themas: scores.length,
	};
}
