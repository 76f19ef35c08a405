import { roundOne, scoreTheme, type Answers, type ThemeScore } from './scoring';
import type { Zelfscan, ZelfscanAdvice, ZelfscanBand, ZelfscanTheme } from './schema';

/**
 * What the results view makes of the scores: strongest and weakest themes,
 * advice, the change between rounds, and how numbers are written. Apart from
 * scoring.ts because answering the statements needs only the scores, and
 * these load with the results.
 */

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
