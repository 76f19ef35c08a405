import { keuzeLabel } from './profiel';
import { type Antwoorden, keuzeOf, roundOne, type ScanShape, scoreScan, type ThemaScore } from './scoring';

/**
 * Comparing two rounds, also of different versions of a scan. An item keeps
 * its id only while its question and its answers stay the same, so only
 * items whose id occurs in both versions are compared. A theme's difference
 * is computed only when both rounds were made with the same version (the
 * means then cover the same items); otherwise the themes stand side by side.
 */

export interface Kant {
	scan: ScanShape & { versie: number };
	antwoorden: Antwoorden;
}

export interface OnderdeelVerschil {
	id: string;
	tekst: string;
	before: string;
	after: string;
	/** after - before when both are values 1..n; null otherwise. */
	change: number | null;
}

export interface ThemaNaastElkaar<T extends ThemaWaarde = ThemaScore> {
	themaId: string;
	titel: string;
	before: T | null;
	after: T | null;
	/** Difference of the values; only within one version, and only when both have a value. */
	change: number | null;
}

/** A theme's number on either side: a round's mean, or a team's median (../trainer/group.ts). */
export interface ThemaWaarde {
	themaId: string;
	titel: string;
	average: number | null;
}

/**
 * Themes of two sides next to each other: in the order of the later side, then
 * themes only the earlier one had. A difference only when both sides were made
 * with the same version of the scan, so the values cover the same items.
 */
export function themasNaastElkaar<T extends ThemaWaarde>(
	before: readonly T[],
	after: readonly T[],
	zelfdeVersie: boolean,
): ThemaNaastElkaar<T>[] {
	const ids = after.map((t) => t.themaId);
	for (const t of before) if (!ids.includes(t.themaId)) ids.push(t.themaId);
	return ids.map((themaId) => {
		const b = before.find((s) => s.themaId === themaId) ?? null;
		const a = after.find((s) => s.themaId === themaId) ?? null;
		const change = zelfdeVersie && a?.average != null && b?.average != null ? roundOne(a.average - b.average) : null;
		return { themaId, titel: (a ?? b)?.titel ?? themaId, before: b, after: a, change };
	});
}

export interface Vergelijking {
	/** Both rounds were made with the same version of the scan. */
	zelfdeVersie: boolean;
	themas: ThemaNaastElkaar[];
	/** The items asked in both versions, in the order of the later round's scan. */
	vergelijkbaar: OnderdeelVerschil[];
	/** Items only in the earlier round's version, and only in the later one's. */
	alleenBefore: number;
	alleenAfter: number;
}

export function vergelijkRondes(before: Kant, after: Kant): Vergelijking {
	const zelfdeVersie = before.scan.versie === after.scan.versie;
	const scoresBefore = scoreScan(before.scan, before.antwoorden);
	const scoresAfter = scoreScan(after.scan, after.antwoorden);

	const themas = themasNaastElkaar(scoresBefore, scoresAfter, zelfdeVersie);

	const itemsBefore = new Set(before.scan.themas.flatMap((t) => t.onderdelen.map((o) => o.id)));
	const itemsAfter = after.scan.themas.flatMap((t) => t.onderdelen);
	const vergelijkbaar = itemsAfter
		.filter((o) => itemsBefore.has(o.id))
		.map((o) => {
			const kb = keuzeOf(before.antwoorden[o.id], before.scan.schaal.length);
			const ka = keuzeOf(after.antwoorden[o.id], after.scan.schaal.length);
			return {
				id: o.id,
				tekst: o.tekst,
				before: keuzeLabel(before.scan, kb),
				after: keuzeLabel(after.scan, ka),
				change: typeof kb === 'number' && typeof ka === 'number' ? ka - kb : null,
			};
		});
	return {
		zelfdeVersie,
		themas,
		vergelijkbaar,
		alleenBefore: itemsBefore.size - vergelijkbaar.length,
		alleenAfter: itemsAfter.length - vergelijkbaar.length,
	};
}

/** The sentence above a comparison that says what can be compared. */
export function describeVergelijking(v: Vergelijking): string {
	if (v.zelfdeVersie) return 'Beide rondes zijn met dezelfde versie van de scan ingevuld. Alles is te vergelijken.';
	const n = v.vergelijkbaar.length;
	const start = 'Deze rondes zijn met verschillende versies van de scan ingevuld.';
	if (n === 0) {
		return `${start} Geen enkele vraag is in beide versies hetzelfde, dus u ziet de rondes naast elkaar, zonder verschil.`;
	}
	return `${start} Alleen de ${n === 1 ? 'vraag die' : `${n} vragen die`} in beide versies hetzelfde ${n === 1 ? 'is' : 'zijn'}, ${n === 1 ? 'wordt' : 'worden'} vergeleken. De scores per thema staan naast elkaar, zonder verschil, omdat ze over andere vragen gaan.`;
}
