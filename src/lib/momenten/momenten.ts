/**
 * Pure helpers for the `momenten` collection (content/momenten/*.yaml): ages as
 * readers say them, the order of the timeline, the groups around the 18th
 * birthday and the glossary links inside a text. Used by /wetten-per-leeftijd/
 * and meant for the werkmap's dated timeline, so both read the data the same way.
 */
import type { Moment } from '../content/schemas';
import { count, formatDate } from '../format';

/** A moment's timing: months relative to the month of the 18th birthday. */
type Timing = Pick<Moment, 'vanaf' | 'tot'>;

const soortVolgorde: Record<Moment['soort'], number> = { wet: 0, regionaal: 1, praktisch: 2 };

/** An age in months ("17,5 jaar", "17 jaar en 10 maanden", "18 jaar"), counted from the 18th birthday. */
export function formatLeeftijd(maandenNaAchttien: number): string {
	const totaal = 18 * 12 + maandenNaAchttien;
	const jaren = Math.floor(totaal / 12);
	const maanden = totaal % 12;
	if (maanden === 0) return `${jaren} jaar`;
	if (maanden === 6) return `${jaren},5 jaar`;
	return `${jaren} jaar en ${count(maanden, 'maand', 'maanden')}`;
}

/** The age label of a moment: "16 jaar", "17,5 jaar", "18 tot 21 jaar". */
export function formatMoment({ vanaf, tot }: Timing): string {
	if (tot === undefined) return formatLeeftijd(vanaf);
	const van = formatLeeftijd(vanaf);
	const naar = formatLeeftijd(tot);
	// "18 tot 21 jaar" reads better than "18 jaar tot 21 jaar".
	if (van.endsWith(' jaar') && naar.endsWith(' jaar') && !van.includes(' en ')) {
		return `${van.slice(0, -' jaar'.length)} tot ${naar}`;
	}
	return `${van} tot ${naar}`;
}

/** What the order needs of a moment (the werkmap sorts its own copies of the moments too). */
type Ordered = Pick<Moment, 'vanaf' | 'tot' | 'soort' | 'titel'>;

/** Timeline order: by start, then the shorter period first, then law before regional before practical. */
export function compareMomenten(a: Ordered, b: Ordered): number {
	return (
		a.vanaf - b.vanaf ||
		(a.tot ?? a.vanaf) - (b.tot ?? b.vanaf) ||
		soortVolgorde[a.soort] - soortVolgorde[b.soort] ||
		// Not localeCompare(…, 'nl'): that makes a new collator on every call, and sorting a young
		// person's 30 items took a phone about 140 ms. Titles start with a capital and differ early.
		(a.titel < b.titel ? -1 : a.titel > b.titel ? 1 : 0)
	);
}

/** The groups of practical items around the 18th birthday, in order. */
export const groepenRondAchttien = [
	{ id: 'voor-18', kop: 'Vóór de 18e verjaardag' },
	{ id: 'op-18', kop: 'Op de 18e verjaardag' },
	{ id: 'na-18', kop: 'Na de 18e verjaardag' },
] as const;
export type GroepId = (typeof groepenRondAchttien)[number]['id'];

export function groepVan(vanaf: number): GroepId {
	if (vanaf < 0) return 'voor-18';
	return vanaf === 0 ? 'op-18' : 'na-18';
}

/** Items per group, keeping the given order; groups without items are left out. */
export function groupRondAchttien<T>(items: T[], vanafVan: (item: T) => number) {
	return groepenRondAchttien
		.map((groep) => ({ ...groep, items: items.filter((item) => groepVan(vanafVan(item)) === groep.id) }))
		.filter((groep) => groep.items.length > 0);
}

/** "1 december 2026" for a consulted date ("2026-12-01"; a Date is accepted too). */
export function formatGeraadpleegd(datum: string | Date): string {
	const d = typeof datum === 'string' ? new Date(`${datum}T00:00:00Z`) : datum;
	return formatDate(d, true);
}

/** A piece of text, linked to a glossary entry when `begrip` is set. */
export interface TekstDeel {
	tekst: string;
	begrip?: string;
}

const begripLink = /\[([^\]]+)\]\(begrip:([a-z0-9-]+)\)/g;

/** Splits "De [kostendelersnorm](begrip:kostendelersnorm) geldt …" into plain and linked parts. */
export function parseBegripLinks(tekst: string): TekstDeel[] {
	const delen: TekstDeel[] = [];
	let vorige = 0;
	for (const match of tekst.matchAll(begripLink)) {
		if (match.index > vorige) delen.push({ tekst: tekst.slice(vorige, match.index) });
		delen.push({ tekst: match[1], begrip: match[2] });
		vorige = match.index + match[0].length;
	}
	if (vorige < tekst.length) delen.push({ tekst: tekst.slice(vorige) });
	return delen;
}

/** The text as a reader sees it, without the link markup (for search, print and other tools). */
export function stripBegripLinks(tekst: string): string {
	return tekst.replace(begripLink, '$1');
}

/** Glossary ids a moment links to, to check that each one exists. */
export function findBegripIds(moment: Pick<Moment, 'uitleg' | 'regelen'>): string[] {
	const teksten = [moment.uitleg, ...moment.regelen];
	return [...new Set(teksten.flatMap((t) => parseBegripLinks(t).flatMap((d) => (d.begrip ? [d.begrip] : []))))];
}
