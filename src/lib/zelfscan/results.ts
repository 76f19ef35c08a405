import { formatDate } from '../format';
import { formatNumber } from '../number';
import type { Ronde } from './definition';
import type { ScanShape, ThemaScore } from './scoring';

/**
 * How the results view and the comparison write scores. Apart from
 * scoring.ts because answering needs only the counts, and these load with
 * the results (number.ts is not part of the first view).
 */

/** "+0,5", "-1,0", "0,0". */
export function formatChange(value: number): string {
	const text = formatNumber(Math.abs(value));
	return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}

/** A difference in words for a comparison table: "+0,5 (hoger)", "Gelijk", or why there is none. */
export function changeText(change: number | null): string {
	if (change === null) return 'Niet te vergelijken';
	if (change > 0) return `${formatChange(change)} (hoger)`;
	if (change < 0) return `${formatChange(change)} (lager)`;
	return 'Gelijk';
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
