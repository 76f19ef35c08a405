import type { ZelfscanOnderdeel, ZelfscanThema } from './schema';
import { type Antwoorden, type BewijsAntwoord, keuzeOf } from './scoring';

/**
 * Advice from the weakest answer, not from the band (rules in
 * content/zelfscans/README.md, "Advice rule"). Every item carries its own
 * next step; this only chooses and orders them.
 */

interface ScanLike {
	schaal: readonly string[];
	themas: readonly Pick<ZelfscanThema, 'id' | 'titel' | 'onderdelen'>[];
}

export interface Kandidaat {
	themaId: string;
	themaTitel: string;
	onderdeel: ZelfscanOnderdeel;
	/** The answer given, 1..n-1. */
	score: number;
	/** Grid item: the description of the next level up. */
	volgendNiveau?: string;
	bespreken: boolean;
}

export interface VolgendeStappen {
	/** The three most useful next steps, from three themes where possible. */
	eerst: Kandidaat[];
	/** All other next steps, grouped per theme in the order of the scan. */
	overige: { themaId: string; themaTitel: string; stappen: Kandidaat[] }[];
	/** "Weet ik niet" items: find out first, with the people to ask (their next step's `wie`). */
	uitzoeken: { themaId: string; themaTitel: string; onderdeel: ZelfscanOnderdeel }[];
}

export function findVolgendeStappen(scan: ScanLike, antwoorden: Antwoorden, size = 3): VolgendeStappen {
	const points = scan.schaal.length;
	const kandidaten: Kandidaat[] = [];
	const uitzoeken: VolgendeStappen['uitzoeken'] = [];
	for (const thema of scan.themas) {
		for (const onderdeel of thema.onderdelen) {
			const antwoord = antwoorden[onderdeel.id];
			const keuze = keuzeOf(antwoord, points);
			if (keuze === 'weet-niet' || keuze === 'weet-niet-of-nvt') {
				uitzoeken.push({ themaId: thema.id, themaTitel: thema.titel, onderdeel });
			}
			if (typeof keuze !== 'number' || keuze >= points) continue;
			kandidaten.push({
				themaId: thema.id,
				themaTitel: thema.titel,
				onderdeel,
				score: keuze,
				...(onderdeel.niveaus && { volgendNiveau: onderdeel.niveaus[keuze] }),
				bespreken: antwoord?.bespreken === true,
			});
		}
	}
	// Lowest first, then "Hier wil ik over praten"; sort is stable, so the order of the scan decides the rest.
	const ordered = [...kandidaten].sort((a, b) => a.score - b.score || Number(b.bespreken) - Number(a.bespreken));

	const eerst: Kandidaat[] = [];
	const themas = new Set<string>();
	for (const k of ordered) {
		if (eerst.length === size) break;
		if (themas.has(k.themaId)) continue;
		themas.add(k.themaId);
		eerst.push(k);
	}
	for (const k of ordered) {
		if (eerst.length === size) break;
		if (!eerst.includes(k)) eerst.push(k);
	}
	eerst.sort((a, b) => ordered.indexOf(a) - ordered.indexOf(b));

	const overige = scan.themas
		.map((thema) => ({
			themaId: thema.id,
			themaTitel: thema.titel,
			stappen: ordered.filter((k) => k.themaId === thema.id && !eerst.includes(k)),
		}))
		.filter((g) => g.stappen.length > 0);

	return { eerst, overige, uitzoeken };
}

export interface BewijsVraagteken {
	vraag: string;
	/** The level that was picked. */
	score: number;
}

/**
 * "U koos niveau 3, maar u antwoordde 'nee' op …": evidence that does not
 * back up a chosen level 3 or 4. Only questions with a `niveau` at or below
 * the chosen level count. Never changes a score.
 */
export function findBewijsVraagtekens(
	onderdeel: Pick<ZelfscanOnderdeel, 'bewijs'>,
	antwoord: { score?: number; bewijs?: Partial<Record<string, BewijsAntwoord>> } | undefined,
	points: number,
): BewijsVraagteken[] {
	const score = antwoord?.score;
	if (typeof score !== 'number' || score < points - 1) return [];
	return onderdeel.bewijs
		.filter((b) => b.niveau !== undefined && b.niveau <= score && antwoord?.bewijs?.[b.id] === 'nee')
		.map((b) => ({ vraag: b.vraag, score }));
}
