import { count } from '../format';
import type { Actie, Datum, Jongere, Status, VoorwaardeStand } from './definition';
import { VOORWAARDEN, type Voorwaarde } from './voorwaarden';

/**
 * One checklist per young person, and what its summary says. Pure
 * functions: "today" is always passed in, so tests control the clock.
 */

export const STATUS_LABELS: Record<Status, string> = {
	open: 'Nog niet besproken',
	geregeld: 'Geregeld',
	deels: 'Deels geregeld',
	niet: 'Niet geregeld',
};

export function emptyStand(): VoorwaardeStand {
	return { status: 'open', toelichting: '', actie: { wat: '', wie: '', voor: '' } };
}

/** The action fields are asked for, and count, only while a condition is partly or not arranged. */
export function needsActie(status: Status): boolean {
	return status === 'deels' || status === 'niet';
}

export function isEmptyActie(actie: Actie): boolean {
	return !actie.wat.trim() && !actie.wie.trim() && !actie.voor;
}

/** Overdue means: the deadline has passed. An action due today is not overdue yet. */
export function isOverdue(actie: Actie, today: Datum): boolean {
	return actie.voor !== '' && actie.voor < today;
}

export interface OpenActie {
	voorwaarde: Voorwaarde;
	actie: Actie;
	overdue: boolean;
}

export interface Summary {
	geregeld: number;
	allGeregeld: boolean;
	/** Conditions not (yet) fully arranged, in checklist order, with their status. */
	openVoorwaarden: { voorwaarde: Voorwaarde; status: Status }[];
	/** Actions of open conditions, earliest deadline first, undated last. */
	openActies: OpenActie[];
	overdue: number;
}

/** Date order; undated actions last; equal dates keep checklist order. */
export function sortActies<A extends { actie: Actie }>(acties: readonly A[]): A[] {
	return [...acties].sort((a, b) => {
		const x = a.actie.voor;
		const y = b.actie.voor;
		if (x === y) return 0;
		if (!x) return 1;
		if (!y) return -1;
		return x < y ? -1 : 1;
	});
}

export function summarize(checklist: Jongere, today: Datum): Summary {
	const openVoorwaarden: Summary['openVoorwaarden'] = [];
	const acties: OpenActie[] = [];
	for (const voorwaarde of VOORWAARDEN) {
		const stand = checklist.voorwaarden[voorwaarde.id];
		if (stand.status === 'geregeld') continue;
		openVoorwaarden.push({ voorwaarde, status: stand.status });
		if (needsActie(stand.status) && !isEmptyActie(stand.actie)) {
			acties.push({ voorwaarde, actie: stand.actie, overdue: isOverdue(stand.actie, today) });
		}
	}
	const openActies = sortActies(acties);
	return {
		geregeld: VOORWAARDEN.length - openVoorwaarden.length,
		allGeregeld: openVoorwaarden.length === 0,
		openVoorwaarden,
		openActies,
		overdue: openActies.filter((a) => a.overdue).length,
	};
}

/** "2 van de 5 voorwaarden zijn geregeld." */
export function geregeldSentence(summary: Summary): string {
	const n = summary.geregeld;
	return `${n} van de 5 voorwaarden ${n === 1 ? 'is' : 'zijn'} geregeld.`;
}

export const ALL_GEREGELD = 'Alle vijf voorwaarden zijn geregeld.';

/** "1 open actie", "3 open acties" */
export const openActiesText = (summary: Summary): string =>
	count(summary.openActies.length, 'open actie', 'open acties');
