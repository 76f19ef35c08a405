import { formatNumber } from '../../number';

/**
 * Scoring of a version-2 zelfscan round (rules in content/zelfscans/README.md).
 * One engine for grid items and statements, and for reading rounds of an
 * earlier version: everything here works on the shape both have.
 *
 * 1. Profile first: every item's answer, per theme, in the order of the scan.
 * 2. A theme gets a mean only with at least two counted answers (1..n).
 * 3. The honest count: "3 van de 4 beantwoord, 1 weet ik niet".
 * 4. The band (`stand`) is the highest whose conditions all hold; the highest
 *    asks that no answer is at the bottom, so 1-4 never hides behind 2,5.
 * 5. No total over all themes.
 */

/** An answer that is not a value: "Weet ik niet", "Niet van toepassing", or version 1's one answer for both. */
export type GeenScore = 'weet-niet' | 'nvt' | 'weet-niet-of-nvt';
export type BewijsAntwoord = 'ja' | 'deels' | 'nee';

/** One item's answer as the engine reads it. */
export interface Antwoord {
	/** 1..n: the level (grid item) or the point on the scale (statement). */
	score?: number;
	geenScore?: GeenScore;
	bespreken?: boolean;
	notitie?: string;
	/** Evidence answers by evidence-question id; never part of a score. */
	bewijs?: Partial<Record<string, BewijsAntwoord>>;
}
export type Antwoorden = Partial<Record<string, Antwoord>>;

/** What was chosen for an item: a value 1..n, one of the no-score answers, or nothing yet (null). */
export type Keuze = number | GeenScore | null;

export interface Stand {
	id: string;
	naam: string;
	gemiddeldVanaf?: number;
	laagsteVanaf?: number;
}

/** What scoring needs of a scan: a version-2 scan and an earlier version both have it. */
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

export function keuzeOf(antwoord: Antwoord | undefined, points: number): Keuze {
	if (!antwoord) return null;
	const { score, geenScore } = antwoord;
	if (typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= points) return score;
	if (geenScore === 'weet-niet' || geenScore === 'nvt' || geenScore === 'weet-niet-of-nvt') return geenScore;
	return null;
}

/**
 * Answers as today's stored format (tool `zelfscan`, schema version 2) holds
 * them: score 0 is version 1's one answer "Weet ik niet / niet van toepassing".
 */
export function readStoredAntwoorden(
	stored: Partial<Record<string, { score?: number; bespreken?: boolean; notitie?: string }>>,
): Antwoorden {
	const out: Antwoorden = {};
	for (const [id, a] of Object.entries(stored)) {
		if (!a) continue;
		const { score, ...rest } = a;
		out[id] =
			score === 0 ? { ...rest, geenScore: 'weet-niet-of-nvt' } : score === undefined ? rest : { ...rest, score };
	}
	return out;
}

export function roundOne(value: number): number {
	return Math.round(value * 10) / 10;
}

export interface ProfielRegel {
	id: string;
	tekst: string;
	keuze: Keuze;
	/** The short name of the answer ("Afgesproken", "Weet ik niet", "Nog open"). */
	label: string;
	/** Grid item: the description that was picked. */
	beschrijving?: string;
	bespreken: boolean;
}

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
	/** Mean of the counted answers, one decimal; null with fewer than two. */
	average: number | null;
	/** The lowest counted answer; null when none. */
	lowest: number | null;
	stand: Stand | null;
	profiel: ProfielRegel[];
}

/** Label of a choice on this scan. */
export function keuzeLabel(scan: ScanShape, keuze: Keuze): string {
	if (keuze === null) return 'Nog open';
	if (keuze === 'weet-niet') return scan.weetNiet ?? 'Weet ik niet';
	if (keuze === 'nvt') return scan.nietVanToepassing ?? 'Niet van toepassing';
	if (keuze === 'weet-niet-of-nvt') return scan.weetNietOfNvt ?? 'Weet ik niet / niet van toepassing';
	return scan.schaal[keuze - 1];
}

/** The highest band whose conditions all hold (the first has none); null without a mean. */
export function standFor(standen: readonly Stand[], average: number | null, lowest: number | null): Stand | null {
	if (average === null || lowest === null) return null;
	let found: Stand | null = null;
	for (const stand of standen) {
		if (average >= (stand.gemiddeldVanaf ?? 0) && lowest >= (stand.laagsteVanaf ?? 0)) found = stand;
	}
	return found;
}

export function scoreThema(scan: ScanShape, thema: ScanShape['themas'][number], antwoorden: Antwoorden): ThemaScore {
	const points = scan.schaal.length;
	const values: number[] = [];
	const score: ThemaScore = {
		themaId: thema.id,
		titel: thema.titel,
		total: thema.onderdelen.length,
		counted: 0,
		weetNiet: 0,
		nvt: 0,
		weetNietOfNvt: 0,
		open: 0,
		average: null,
		lowest: null,
		stand: null,
		profiel: [],
	};
	for (const onderdeel of thema.onderdelen) {
		const antwoord = antwoorden[onderdeel.id];
		const keuze = keuzeOf(antwoord, points);
		if (typeof keuze === 'number') values.push(keuze);
		else if (keuze === 'weet-niet') score.weetNiet++;
		else if (keuze === 'nvt') score.nvt++;
		else if (keuze === 'weet-niet-of-nvt') score.weetNietOfNvt++;
		else score.open++;
		score.profiel.push({
			id: onderdeel.id,
			tekst: onderdeel.tekst,
			keuze,
			label: keuzeLabel(scan, keuze),
			...(typeof keuze === 'number' && onderdeel.niveaus && { beschrijving: onderdeel.niveaus[keuze - 1] }),
			bespreken: antwoord?.bespreken === true,
		});
	}
	score.counted = values.length;
	if (values.length) score.lowest = Math.min(...values);
	if (values.length >= 2) score.average = roundOne(values.reduce((a, b) => a + b, 0) / values.length);
	score.stand = standFor(scan.standen ?? [], score.average, score.lowest);
	return score;
}

export function scoreScan(scan: ScanShape, antwoorden: Antwoorden): ThemaScore[] {
	return scan.themas.map((thema) => scoreThema(scan, thema, antwoorden));
}

/**
 * The honest count beside a theme: "3 van de 4 beantwoord, 1 weet ik niet",
 * plus "n niet van toepassing" and "n nog open" when there are any.
 */
export function formatTelling(s: ThemaScore): string {
	const parts = [`${s.counted} van de ${s.total} beantwoord`];
	if (s.weetNiet) parts.push(`${s.weetNiet} weet ik niet`);
	if (s.weetNietOfNvt) parts.push(`${s.weetNietOfNvt} weet ik niet of niet van toepassing`);
	if (s.nvt) parts.push(`${s.nvt} niet van toepassing`);
	if (s.open) parts.push(`${s.open} nog open`);
	return parts.join(', ');
}

/** "2,5 (laagste: 1)", or why there is no mean. */
export function formatThemaScore(s: ThemaScore): string {
	if (s.average === null) {
		return s.counted === 1 ? 'Geen gemiddelde: maar 1 onderdeel heeft een antwoord' : 'Geen gemiddelde';
	}
	return `${formatNumber(s.average)} (laagste: ${s.lowest})`;
}

/**
 * The two sentences on the results page that explain the scoring, in the
 * scan's own words: `thema` ("stap" or "thema"), `onderdelen` ("onderdelen"
 * or "stellingen"); the strongest band and its lowest answer come from the scan.
 */
export function scoringUitleg(scan: ScanShape, woorden: { thema: string; onderdelen: string }): string[] {
	const { thema, onderdelen } = woorden;
	const top = scan.standen?.[scan.standen.length - 1];
	const weetNiet = scan.weetNiet ?? 'Weet ik niet';
	const nvt = scan.nietVanToepassing ?? 'Niet van toepassing';
	const first = `Een ${thema} krijgt pas een gemiddelde als ten minste twee ${onderdelen} een antwoord hebben; '${weetNiet}' en '${nvt}' tellen daarin niet mee, maar u ziet wel hoe vaak u ze koos.`;
	const second =
		top?.laagsteVanaf !== undefined
			? `'${top.naam}' krijgt een ${thema} alleen als geen enkel antwoord lager is dan '${scan.schaal[top.laagsteVanaf - 1]}', en de volgende stappen komen van uw laagste antwoorden.`
			: 'De volgende stappen komen van uw laagste antwoorden.';
	return [first, second];
}
