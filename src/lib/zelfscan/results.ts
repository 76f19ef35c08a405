import { formatDate } from '../format';
import { formatNumber } from '../number';
import type { Antwoorden, Ronde } from './definition';
import type { Zelfscan, ZelfscanAdvies, ZelfscanBand, ZelfscanThema } from './schema';
import { roundOne, scoreThema, type ThemaScore } from './scoring';

/**
 * What the results view makes of the scores: strongest and weakest themes,
 * advice, the change between rounds, and how they are written. Apart from
 * scoring.ts because answering the statements needs only the scores, and
 * these load with the results.
 */

/**
 * Strongest and weakest themes: at most three each (fewer for small scans),
 * highest first and lowest first. A theme only counts as strong when it
 * scores above the lowest score, and as weak when below the highest, so a
 * scan where everything scores the same has neither.
 */
export function strongestAndWeakest(scores: readonly ThemaScore[]): { strongest: ThemaScore[]; weakest: ThemaScore[] } {
	const scored = scores.filter((s): s is ThemaScore & { average: number } => s.average !== null);
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

export function adviesFor(thema: ZelfscanThema, band: ZelfscanBand | null): ZelfscanAdvies | null {
	if (!band) return null;
	return thema.advice.find((a) => a.band === band.id) ?? null;
}

export interface ThemaChange {
	themaId: string;
	before: number | null;
	after: number | null;
	/** after - before, one decimal; null when either round has no score for the theme. */
	change: number | null;
}

/** Change per theme between two rounds of the same scan. */
export function compareRondes(scan: Zelfscan, before: Antwoorden, after: Antwoorden): ThemaChange[] {
	return scan.themes.map((thema) => {
		const a = scoreThema(scan, thema, before).average;
		const b = scoreThema(scan, thema, after).average;
		return { themaId: thema.id, before: a, after: b, change: a === null || b === null ? null : roundOne(b - a) };
	});
}

/** "+0,5", "-1,0", "0,0". */
export function formatChange(value: number): string {
	const text = formatNumber(Math.abs(value));
	return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}

/** Where a score sits on the scale, 0..1 (1 is the lowest answer, n the highest): for bar lengths. */
export function scaleFraction(value: number, points: number): number {
	if (points <= 1) return 0;
	return Math.min(1, Math.max(0, (value - 1) / (points - 1)));
}

/** "Ronde 2 (3 november 2026)" */
export function rondeLabel(rondes: readonly Ronde[], ronde: Ronde): string {
	return `Ronde ${rondes.indexOf(ronde) + 1} (${formatDate(ronde.startedAt)})`;
}
