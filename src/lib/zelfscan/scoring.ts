import type { Antwoorden } from './definition';

/**
 * Scoring of a zelfscan round (rules in content/zelfscans/README.md): what
 * answering needs on every change, kept small because it is part of the
 * tool's first view. The profile, the band and how results are written are
 * in profiel.ts and results.ts, which load with the results. One engine for
 * grid items and statements, and for rounds of an earlier version.
 *
 * - A theme gets a mean only with at least two counted answers (1..n).
 * - "Weet ik niet", "niet van toepassing" (and version 1's one answer for
 *   both) are counted apart and never part of a mean.
 * - No total over all themes.
 */

export type { Antwoord, Antwoorden, BewijsAntwoord, GeenScore } from './definition';

/** What was chosen for an item: a value 1..n, one of the no-value answers, or nothing yet (null). */
export type Keuze = number | 'weet-niet' | 'nvt' | 'weet-niet-of-nvt' | null;

export interface Stand {
	id: string;
	naam: string;
	gemiddeldVanaf?: number;
	laagsteVanaf?: number;
}

/** What scoring needs of a scan: a current scan and an earlier version both have it. */
export interface ScanShape {
	schaal: readonly string[];
	weetNiet?: string;
	nietVanToepassing?: string;
	weetNietOfNvt?: string;
	standen?: readonly Stand[];
	themas: readonly {
		id: string;
		titel: string;
		onderdelen: readonly { id: string; tekst: string; niveaus?: readonly string[] }[];
	}[];
}

export function keuzeOf(antwoord: Antwoorden[string], points: number): Keuze {
	if (!antwoord) return null;
	const { score, geenScore } = antwoord;
	// Stored data is checked when it is read (whole numbers only); here only this scan's scale matters.
	if (typeof score === 'number' && score >= 1 && score <= points) return score;
	if (geenScore === 'weet-niet' || geenScore === 'nvt' || geenScore === 'weet-niet-of-nvt') return geenScore;
	return null;
}

export function roundOne(value: number): number {
	return Math.round(value * 10) / 10;
}

export type ThemaStatus = 'niet-begonnen' | 'bezig' | 'klaar';

export const STATUS_LABEL: Record<ThemaStatus, string> = {
	'niet-begonnen': 'Niet begonnen',
	bezig: 'Bezig',
	klaar: 'Klaar',
};

export interface ThemaScore {
	themaId: string;
	titel: string;
	/** Items in the theme. */
	total: number;
	/** Answers with a value 1..n: "beantwoord". */
	counted: number;
	weetNiet: number;
	nvt: number;
	/** Version 1's "Weet ik niet / niet van toepassing". */
	weetNietOfNvt: number;
	open: number;
	/** Items with any choice, "weet ik niet" and "niet van toepassing" included: for progress. */
	answered: number;
	status: ThemaStatus;
	/** Mean of the counted answers, one decimal; null with fewer than two. */
	average: number | null;
	/** The lowest counted answer; null when none. */
	lowest: number | null;
}

export function scoreThema(scan: ScanShape, thema: ScanShape['themas'][number], antwoorden: Antwoorden): ThemaScore {
	const points = scan.schaal.length;
	const values: number[] = [];
	const count = { weetNiet: 0, nvt: 0, weetNietOfNvt: 0, open: 0 };
	for (const onderdeel of thema.onderdelen) {
		const keuze = keuzeOf(antwoorden[onderdeel.id], points);
		if (typeof keuze === 'number') values.push(keuze);
		else if (keuze === 'weet-niet') count.weetNiet++;
		else if (keuze === 'nvt') count.nvt++;
		else if (keuze === 'weet-niet-of-nvt') count.weetNietOfNvt++;
		else count.open++;
	}
	const total = thema.onderdelen.length;
	const answered = total - count.open;
	return {
		themaId: thema.id,
		titel: thema.titel,
		total,
		counted: values.length,
		...count,
		answered,
		status: answered === 0 ? 'niet-begonnen' : count.open === 0 ? 'klaar' : 'bezig',
		average: values.length >= 2 ? roundOne(values.reduce((a, b) => a + b, 0) / values.length) : null,
		lowest: values.length ? Math.min(...values) : null,
	};
}

export function scoreScan(scan: ScanShape, antwoorden: Antwoorden): ThemaScore[] {
	return scan.themas.map((thema) => scoreThema(scan, thema, antwoorden));
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
