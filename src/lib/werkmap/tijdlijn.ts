import type { Moment } from '../content/schemas';
import { compareMomenten, formatLeeftijd, formatMoment, parseBegripLinks, type TekstDeel } from '../momenten/momenten';
import { addMonths, formatMonth, monthOfDate, monthsBetween, type YearMonth } from './month';
import { type Urgency, urgencyOf } from './urgency';

/**
 * The timeline of one young person: every moment of the `momenten` content
 * collection (laws, practical 18-items, and the regional practices the user
 * switched on), dated from the month of the 18th birthday, with what the
 * user recorded per moment. The moments themselves are never kept here or
 * in storage: the page reads them from the collection and passes them in
 * (`toTijdlijnMoment`), so the site has one list of what changes at 18.
 */

/** One entry of the `momenten` collection as the werkmap's islands get it: plain data, texts split into links. */
export interface TijdlijnMoment
	extends Pick<
		Moment,
		'titel' | 'soort' | 'vanaf' | 'tot' | 'wanneer' | 'nogGeenWet' | 'wieHelpt' | 'leefgebied' | 'regio' | 'zie'
	> {
	id: string;
	uitleg: TekstDeel[];
	regelen: TekstDeel[][];
	teControleren?: string;
	bronnen: { titel: string; uitgever: string; url?: string }[];
}

/** Build time: a collection entry as the islands need it (no Dates, glossary links split out). */
export function toTijdlijnMoment(id: string, m: Moment): TijdlijnMoment {
	return {
		id,
		titel: m.titel,
		soort: m.soort,
		vanaf: m.vanaf,
		...(m.tot !== undefined && { tot: m.tot }),
		...(m.wanneer && { wanneer: m.wanneer }),
		...(m.nogGeenWet && { nogGeenWet: m.nogGeenWet }),
		uitleg: parseBegripLinks(m.uitleg),
		regelen: m.regelen.map(parseBegripLinks),
		...(m.wieHelpt && { wieHelpt: m.wieHelpt }),
		...(m.leefgebied && { leefgebied: m.leefgebied }),
		...(m.regio && { regio: m.regio }),
		zie: m.zie,
		...(m.teControleren && { teControleren: m.teControleren }),
		bronnen: m.bronnen.map(({ titel, uitgever, url }) => ({ titel, uitgever, ...(url && { url }) })),
	};
}

/** The words of a text without its links, for print and for lines in a sentence. */
export const plainText = (delen: readonly TekstDeel[]) => delen.map((d) => d.tekst).join('');

export const MOMENT_STATUSSEN = ['open', 'geregeld', 'niet-nodig'] as const;
export type MomentStatus = (typeof MOMENT_STATUSSEN)[number];

export const MOMENT_STATUS_LABELS: Record<MomentStatus, string> = {
	open: 'Open',
	geregeld: 'Geregeld',
	'niet-nodig': 'Niet nodig',
};

/** What the user recorded for one moment. A moment without a record is open. */
export interface MomentStand {
	status: MomentStatus;
	wie: string;
	/** Own deadline as a date ("2027-02-15"), '' to use the moment's month. */
	voor: string;
	notitie: string;
}

export const MAX_MOMENT_NOTITIE = 500;

export function legeMomentStand(): MomentStand {
	return { status: 'open', wie: '', voor: '', notitie: '' };
}

/** The last month the timeline shows: the month of the 27th birthday. */
export const TOT_27 = 108;

/** "Wet", "Regelen", "Regionale afspraak, geen wet"; a rule that is not law yet says what it is instead. */
export function soortLabel(m: Pick<TijdlijnMoment, 'soort' | 'nogGeenWet'>): string {
	if (m.soort === 'regionaal') return 'Regionale afspraak, geen wet';
	if (m.soort === 'praktisch') return 'Regelen';
	return m.nogGeenWet ?? 'Wet';
}

export interface TijdlijnItem {
	moment: TijdlijnMoment;
	stand: MomentStand;
	/** The month the moment starts, or null while the birthday month is unknown. */
	maand: YearMonth | null;
	/** "maart 2027" (or "vanaf maart 2027 tot maart 2030" for a period); the age alone without a birthday month. */
	wanneer: string;
	/** "18 jaar", "17,5 jaar", "18 tot 21 jaar". */
	leeftijd: string;
	urgency: Urgency | null;
	/** Started before this month and no longer running. */
	voorbij: boolean;
}

export interface TijdlijnInput {
	momenten: readonly TijdlijnMoment[];
	/** Month of the 18th birthday, '' when not known yet. */
	verjaardag18: YearMonth | '';
	tijdlijn: Readonly<Partial<Record<string, MomentStand>>>;
	/** Ids of the regional moments switched on for this young person. */
	regionaal: readonly string[];
	/** Today as a date input gives it ("2026-12-01"). */
	today: string;
}

/** Which moments are on this young person's timeline: all but regional ones not switched on. */
export function momentenVoor(momenten: readonly TijdlijnMoment[], regionaal: readonly string[]): TijdlijnMoment[] {
	return momenten.filter((m) => m.vanaf <= TOT_27 && (m.soort !== 'regionaal' || regionaal.includes(m.id)));
}

function wanneer(moment: TijdlijnMoment, verjaardag18: YearMonth | ''): string {
	if (!verjaardag18)
		return moment.tot === undefined ? `Op ${formatLeeftijd(moment.vanaf)}` : `Van ${formatMoment(moment)}`;
	const start = formatMonth(addMonths(verjaardag18, moment.vanaf));
	return moment.tot === undefined ? start : `${start} tot ${formatMonth(addMonths(verjaardag18, moment.tot))}`;
}

/**
 * The dated timeline, in date order (undated: by age), with urgency for
 * open points. Without a birthday month nothing is late or due: the list
 * then shows ages, and the page asks for the month.
 */
export function buildTijdlijn(input: TijdlijnInput): TijdlijnItem[] {
	const { verjaardag18, tijdlijn, today } = input;
	const thisMonth = monthOfDate(today);
	const items = momentenVoor(input.momenten, input.regionaal).map((moment): TijdlijnItem => {
		const stand = tijdlijn[moment.id] ?? legeMomentStand();
		const maand = verjaardag18 ? addMonths(verjaardag18, moment.vanaf) : null;
		const eind = verjaardag18 ? addMonths(verjaardag18, moment.tot ?? moment.vanaf) : null;
		const due = stand.voor ? { date: stand.voor } : maand ? { month: maand } : null;
		return {
			moment,
			stand,
			maand,
			wanneer: wanneer(moment, verjaardag18),
			leeftijd: formatMoment(moment),
			urgency: stand.status === 'open' && due ? urgencyOf(due, today) : null,
			voorbij: eind !== null && monthsBetween(thisMonth, eind) < 0,
		};
	});
	// The same order as /wetten-per-leeftijd/.
	return items.sort((a, b) => compareMomenten(a.moment, b.moment));
}

/**
 * Records for moments that are no longer in the collection (renamed or
 * removed by the editors). They are never dropped from storage; the page
 * lists them so a note is not lost.
 */
export function verdwenenStanden(
	momenten: readonly TijdlijnMoment[],
	tijdlijn: Readonly<Partial<Record<string, MomentStand>>>,
): { id: string; stand: MomentStand }[] {
	const ids = new Set(momenten.map((m) => m.id));
	return Object.entries(tijdlijn).flatMap(([id, stand]) => (stand && !ids.has(id) ? [{ id, stand }] : []));
}

/** Group a timeline by calendar year ("2027"), or by age while the birthday month is unknown. */
export function groupByJaar(items: readonly TijdlijnItem[]): { kop: string; items: TijdlijnItem[] }[] {
	const groups: { kop: string; items: TijdlijnItem[] }[] = [];
	for (const item of items) {
		const kop = item.maand ? item.maand.slice(0, 4) : `${Math.floor(18 + item.moment.vanaf / 12)} jaar`;
		const last = groups.at(-1);
		if (last?.kop === kop) last.items.push(item);
		else groups.push({ kop, items: [item] });
	}
	return groups;
}

/** Set what the user recorded for one moment; a record back at the start is removed, so storage holds only what was touched. */
export function setMomentStand(
	tijdlijn: Readonly<Partial<Record<string, MomentStand>>>,
	id: string,
	change: Partial<MomentStand>,
): Partial<Record<string, MomentStand>> {
	const next = { ...(tijdlijn[id] ?? legeMomentStand()), ...change };
	const copy = { ...tijdlijn };
	const leeg = legeMomentStand();
	if (next.status === leeg.status && !next.wie && !next.voor && !next.notitie) delete copy[id];
	else copy[id] = next;
	return copy;
}
