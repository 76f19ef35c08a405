import { datumLang } from '../tekst';
import {
	VOORWAARDE_IDS,
	type Actie,
	type Checklist,
	type Datum,
	type Status,
	type VoorwaardeId,
	type VoorwaardeStand,
} from './definitie';
import { VOORWAARDEN, type Voorwaarde } from './voorwaarden';

/**
 * One checklist per young person, and what the summary says about it.
 * Pure functions: "today" is always passed in, so tests control the clock.
 */

export const STATUS_LABELS: Record<Status, string> = {
	open: 'Nog niet besproken',
	geregeld: 'Geregeld',
	deels: 'Deels geregeld',
	niet: 'Niet geregeld',
};

export function legeStand(): VoorwaardeStand {
	return { status: 'open', toelichting: '', actie: { wat: '', wie: '', voor: '' } };
}

export function legeChecklist(id: string, code: string): Checklist {
	const voorwaarden = {} as Record<VoorwaardeId, VoorwaardeStand>;
	for (const vid of VOORWAARDE_IDS) voorwaarden[vid] = legeStand();
	return { id, code, voorwaarden, volgendGesprek: '' };
}

/** The action fields are asked for, and count, only while a condition is partly or not arranged. */
export function vraagtActie(status: Status): boolean {
	return status === 'deels' || status === 'niet';
}

export function isLeeg(actie: Actie): boolean {
	return !actie.wat.trim() && !actie.wie.trim() && !actie.voor;
}

/** Late means: the deadline has passed. An action due today is not late yet. */
export function isTeLaat(actie: Actie, vandaag: Datum): boolean {
	return actie.voor !== '' && actie.voor < vandaag;
}

export interface OpenActie {
	voorwaarde: Voorwaarde;
	actie: Actie;
	teLaat: boolean;
}

export interface Samenvatting {
	aantalGeregeld: number;
	allesGeregeld: boolean;
	/** Conditions not (yet) fully arranged, in checklist order, with their status. */
	openVoorwaarden: { voorwaarde: Voorwaarde; status: Status }[];
	/** Actions of open conditions, earliest deadline first, undated last. */
	openActies: OpenActie[];
	aantalTeLaat: number;
}

/** Date order; undated actions last; equal dates keep checklist order. */
export function sorteerActies<A extends { actie: Actie }>(acties: readonly A[]): A[] {
	return [...acties].sort((a, b) => {
		const x = a.actie.voor;
		const y = b.actie.voor;
		if (x === y) return 0;
		if (!x) return 1;
		if (!y) return -1;
		return x < y ? -1 : 1;
	});
}

export function samenvatting(checklist: Checklist, vandaag: Datum): Samenvatting {
	const openVoorwaarden: Samenvatting['openVoorwaarden'] = [];
	const acties: OpenActie[] = [];
	for (const voorwaarde of VOORWAARDEN) {
		const stand = checklist.voorwaarden[voorwaarde.id];
		if (stand.status === 'geregeld') continue;
		openVoorwaarden.push({ voorwaarde, status: stand.status });
		if (vraagtActie(stand.status) && !isLeeg(stand.actie)) {
			acties.push({ voorwaarde, actie: stand.actie, teLaat: isTeLaat(stand.actie, vandaag) });
		}
	}
	const openActies = sorteerActies(acties);
	return {
		aantalGeregeld: VOORWAARDEN.length - openVoorwaarden.length,
		allesGeregeld: openVoorwaarden.length === 0,
		openVoorwaarden,
		openActies,
		aantalTeLaat: openActies.filter((a) => a.teLaat).length,
	};
}

/** "2 van de 5 voorwaarden zijn geregeld." */
export function telzin(s: Samenvatting): string {
	const n = s.aantalGeregeld;
	return `${n} van de 5 voorwaarden ${n === 1 ? 'is' : 'zijn'} geregeld.`;
}

export const OORDEEL_ALLES_GEREGELD = 'Alle vijf voorwaarden zijn geregeld.';

/** Local calendar date of a moment, in the format of a date input. */
export function datumVan(moment: Date): Datum {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${moment.getFullYear()}-${p(moment.getMonth() + 1)}-${p(moment.getDate())}`;
}

/** "1 december 2026"; '' stays ''. */
export function datumLeesbaar(datum: Datum): string {
	const [j, m, d] = datum.split('-').map(Number);
	if (!j || !m || !d) return '';
	return datumLang(new Date(j, m - 1, d));
}
