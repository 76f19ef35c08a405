import type { RolDeelnemer } from '../team/rollen';
import { antwoordenFromCode, decodeDeelcode } from '../zelfscan/deelcode';
import type { Antwoorden } from '../zelfscan/definition';
import { resultaatThema } from '../zelfscan/profiel';
import type { EerdereVersie, Zelfscan } from '../zelfscan/schema';
import { keuzeOf, roundOne, type Stand } from '../zelfscan/scoring';

/**
 * Group overview for a trainer: the participants' deelcodes (collected by
 * deelcodes.ts) in, anonymous numbers per theme and per item out. Pure
 * functions, shared by the island and the unit tests.
 *
 * Rules:
 * - "Weet ik niet", "niet van toepassing" and unanswered items never count
 *   towards a median or a spread; they are counted and shown.
 * - A participant's theme score follows the zelfscan's own rule: a mean only
 *   from two counted answers. The group's theme number is the median of
 *   those participant scores.
 * - Codes of an earlier version of a scan (format-1 codes of December 2026
 *   and before) are summarized against that version, apart from the current one.
 */

/** One version of a scan as the group overview needs it: no help texts, no next steps, to keep the HTML small. */
export interface GroupScan {
	id: string;
	titel: string;
	versie: number;
	/** An earlier version, kept to read old deelcodes. */
	eerder: boolean;
	schaal: readonly string[];
	weetNiet?: string;
	nietVanToepassing?: string;
	weetNietOfNvt?: string;
	standen?: readonly Stand[];
	rollen?: readonly { id: string; naam: string }[];
	themas: { id: string; titel: string; onderdelen: { id: string; tekst: string }[] }[];
}

/** Only what the group overview needs from a zelfscan. */
export function toGroupScan(scan: Zelfscan): GroupScan {
	return {
		id: scan.id,
		titel: scan.titel,
		versie: scan.versie,
		eerder: false,
		schaal: scan.schaal,
		weetNiet: scan.weetNiet,
		nietVanToepassing: scan.nietVanToepassing,
		standen: scan.standen,
		rollen: scan.rollen.map((r) => ({ id: r.id, naam: r.naam })),
		themas: scan.themas.map((t) => ({
			id: t.id,
			titel: t.titel,
			onderdelen: t.onderdelen.map((o) => ({ id: o.id, tekst: o.tekst })),
		})),
	};
}

/** An earlier version, to read old deelcodes; its title says it is the earlier version. */
export function eerderToGroupScan(versie: EerdereVersie): GroupScan {
	return {
		id: versie.id,
		titel: `${versie.titel} (vorige versie)`,
		versie: versie.versie,
		eerder: true,
		schaal: versie.schaal,
		weetNietOfNvt: versie.weetNietOfNvt,
		themas: versie.themas.map((t) => ({ id: t.id, titel: t.titel, onderdelen: t.onderdelen })),
	};
}

/* ------------------------------------------------------------------------ */
/* Statistics                                                               */
/* ------------------------------------------------------------------------ */

/** Median of a list of numbers; null for an empty list. One decimal. */
export function median(values: readonly number[]): number | null {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return roundOne(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
}

/** Standard deviation (population), one decimal; null for fewer than two values. */
export function spread(values: readonly number[]): number | null {
	if (values.length < 2) return null;
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
	return roundOne(Math.sqrt(variance));
}

export interface StellingSummary {
	id: string;
	text: string;
	themaId: string;
	/** counts[i] = participants who chose answer i + 1 on the scale. */
	counts: number[];
	/** "Weet ik niet" (and version 1's "weet ik niet / n.v.t."): never counted in median or spread. */
	unknown: number;
	/** "Niet van toepassing". */
	nvt: number;
	/** Participants whose answer counts. */
	n: number;
	median: number | null;
	spread: number | null;
	lowest: number | null;
	highest: number | null;
	/** Participants who marked "Hier wil ik over praten". */
	bespreken: number;
}

export interface ThemaSummary {
	themaId: string;
	title: string;
	/** Participants with a score for this theme. */
	n: number;
	median: number | null;
	lowest: number | null;
	highest: number | null;
	spread: number | null;
	/** How many participants' themes are in each band, in band order (none for an earlier version). */
	bands: { band: Stand; count: number }[];
	stellingen: StellingSummary[];
}

export interface GroupSummary {
	scanId: string;
	versie: number;
	eerder: boolean;
	title: string;
	scale: readonly string[];
	/** Column names of the no-value answers: two for a current scan, one for version 1. */
	geenScoreLabels: string[];
	deelnemers: number;
	themas: ThemaSummary[];
	/** Statements with the smallest spread (at least two counted answers), most agreement first. */
	agree: StellingSummary[];
	/** Statements with the largest spread, most divided first. */
	diverge: StellingSummary[];
	/** Statements most often marked "Hier wil ik over praten", most first. */
	bespreken: StellingSummary[];
	/** Every participant's role and theme scores, for the numbers per role (../team/rollen.ts). */
	rolDeelnemers: RolDeelnemer[];
	/** How many different team rounds the codes come from (codes without a round not counted). */
	rondes: number;
}

/** Spread at or below this (on the answer scale) counts as "the group agrees". */
export const AGREE_MAX = 0.5;
/** Spread at or above this counts as "views differ". */
export const DIVERGE_MIN = 1;
const LIST_SIZE = 5;

const lowest = (values: number[]) => (values.length ? Math.min(...values) : null);
const highest = (values: number[]) => (values.length ? Math.max(...values) : null);

/** The role and answers of every deelcode made with this version of `scan`, one entry per participant. */
export function deelnemersOf(
	scan: GroupScan,
	deelcodes: readonly string[],
): { rol: string | null; ronde: string | null; antwoorden: Antwoorden }[] {
	const out: { rol: string | null; ronde: string | null; antwoorden: Antwoorden }[] = [];
	for (const code of deelcodes) {
		const decoded = decodeDeelcode(code);
		if (!decoded.ok || decoded.value.scanId !== scan.id || decoded.value.versie !== scan.versie) continue;
		const result = antwoordenFromCode([scan], decoded.value);
		if (result.ok) out.push({ rol: result.rol, ronde: result.ronde, antwoorden: result.antwoorden });
	}
	return out;
}

export function summarizeGroup(scan: GroupScan, deelcodes: readonly string[]): GroupSummary {
	const perDeelnemer = deelnemersOf(scan, deelcodes);
	const deelnemers = perDeelnemer.map((d) => d.antwoorden);
	const rolDeelnemers: RolDeelnemer[] = perDeelnemer.map((d) => ({ rol: d.rol, scores: {} }));
	const points = scan.schaal.length;
	const standen = scan.standen ?? [];
	const themas: ThemaSummary[] = scan.themas.map((thema) => {
		const themaScores = deelnemers.map((antwoorden) => resultaatThema(scan, thema, antwoorden));
		themaScores.forEach((t, i) => {
			rolDeelnemers[i].scores[thema.id] = t.average;
		});
		const averages = themaScores.map((t) => t.average).filter((v): v is number => v !== null);
		const stellingen: StellingSummary[] = thema.onderdelen.map((onderdeel) => {
			const counts = Array.from({ length: points }, () => 0);
			const scores: number[] = [];
			let unknown = 0;
			let nvt = 0;
			let bespreken = 0;
			for (const antwoorden of deelnemers) {
				const antwoord = antwoorden[onderdeel.id];
				if (antwoord?.bespreken) bespreken++;
				const keuze = keuzeOf(antwoord, points);
				if (keuze === 'weet-niet' || keuze === 'weet-niet-of-nvt') unknown++;
				else if (keuze === 'nvt') nvt++;
				else if (typeof keuze === 'number') {
					counts[keuze - 1]++;
					scores.push(keuze);
				}
			}
			return {
				id: onderdeel.id,
				text: onderdeel.tekst,
				themaId: thema.id,
				counts,
				unknown,
				nvt,
				n: scores.length,
				median: median(scores),
				spread: spread(scores),
				lowest: lowest(scores),
				highest: highest(scores),
				bespreken,
			};
		});
		return {
			themaId: thema.id,
			title: thema.titel,
			n: averages.length,
			median: median(averages),
			lowest: lowest(averages),
			highest: highest(averages),
			spread: spread(averages),
			bands: standen.map((band) => ({
				band,
				count: themaScores.filter((t) => t.stand?.id === band.id).length,
			})),
			stellingen,
		};
	});

	const all = themas.flatMap((t) => t.stellingen);
	const comparable = all.filter((s): s is StellingSummary & { spread: number } => s.spread !== null);
	// Array.prototype.sort is stable: ties keep the order of the scan.
	const agree = comparable.filter((s) => s.spread <= AGREE_MAX).sort((a, b) => a.spread - b.spread || b.n - a.n);
	const diverge = comparable.filter((s) => s.spread >= DIVERGE_MIN).sort((a, b) => b.spread - a.spread || b.n - a.n);
	const bespreken = all.filter((s) => s.bespreken > 0).sort((a, b) => b.bespreken - a.bespreken);

	return {
		scanId: scan.id,
		versie: scan.versie,
		eerder: scan.eerder,
		title: scan.titel,
		scale: scan.schaal,
		geenScoreLabels: scan.eerder
			? [scan.weetNietOfNvt ?? 'Weet ik niet / n.v.t.']
			: [scan.weetNiet ?? 'Weet ik niet', scan.nietVanToepassing ?? 'Niet van toepassing'],
		deelnemers: deelnemers.length,
		themas,
		agree: agree.slice(0, LIST_SIZE),
		diverge: diverge.slice(0, LIST_SIZE),
		bespreken: bespreken.slice(0, LIST_SIZE),
		rolDeelnemers,
		rondes: new Set(perDeelnemer.flatMap((d) => (d.ronde ? [d.ronde] : []))).size,
	};
}

/** The scan versions that have at least one deelcode in the session, in the order of `scans`. */
export function scansInSessie<S extends { id: string; versie: number }>(
	scans: readonly S[],
	deelcodes: readonly string[],
): S[] {
	const keys = new Set(deelcodes.map((c) => c.split('.').slice(1, 3).join('.')));
	return scans.filter((s) => keys.has(`${s.id}.${s.versie}`));
}
