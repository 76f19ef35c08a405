import type { Antwoorden } from './definition';
import { type Keuze, keuzeOf, type ScanShape, type Stand, scoreThema, type ThemaScore } from './scoring';

/**
 * What the results make of a round, beyond the counts of scoring.ts: the
 * profile (every item's answer first, before any mean), the band, and the
 * honest count as text. Loads with the results, the comparison and the
 * group overview, not with the questions.
 */

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

export interface ThemaResultaat extends ThemaScore {
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

/**
 * The band: the highest whose conditions all hold (the first has none); null
 * without a mean. The highest band asks that no answer is at the bottom, so
 * 1-4 never hides behind 2,5.
 */
export function standFor(standen: readonly Stand[], average: number | null, lowest: number | null): Stand | null {
	if (average === null || lowest === null) return null;
	let found: Stand | null = null;
	for (const stand of standen) {
		if (average >= (stand.gemiddeldVanaf ?? 0) && lowest >= (stand.laagsteVanaf ?? 0)) found = stand;
	}
	return found;
}

export function resultaatThema(
	scan: ScanShape,
	thema: ScanShape['themas'][number],
	antwoorden: Antwoorden,
): ThemaResultaat {
	const score = scoreThema(scan, thema, antwoorden);
	const points = scan.schaal.length;
	return {
		...score,
		stand: standFor(scan.standen ?? [], score.average, score.lowest),
		profiel: thema.onderdelen.map((onderdeel) => {
			const antwoord = antwoorden[onderdeel.id];
			const keuze = keuzeOf(antwoord, points);
			return {
				id: onderdeel.id,
				tekst: onderdeel.tekst,
				keuze,
				label: keuzeLabel(scan, keuze),
				...(typeof keuze === 'number' && onderdeel.niveaus && { beschrijving: onderdeel.niveaus[keuze - 1] }),
				bespreken: antwoord?.bespreken === true,
			};
		}),
	};
}

/** Every theme of a round with its profile and band, in the order of the scan. */
export function resultaatScan(scan: ScanShape, antwoorden: Antwoorden): ThemaResultaat[] {
	return scan.themas.map((thema) => resultaatThema(scan, thema, antwoorden));
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
