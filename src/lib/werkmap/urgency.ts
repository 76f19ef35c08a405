import { monthOfDate, monthsBetween, type YearMonth } from './month';

/**
 * "Te laat", "Deze maand" and "Binnenkort": what a professional must see at
 * a glance on the timeline, in the plan and beside the BIG-5 actions. Only
 * open points get one; something arranged or not needed is never late.
 *
 * A point is due either by a date the user typed ("vóór 15 februari 2027")
 * or, without one, by the month the moment starts ("maart 2027"). Rules:
 * - Te laat: a date before today, or a month before this month. A point due
 *   today or this month is not late yet (as in the BIG-5-checklist).
 * - Deze maand: due in this calendar month.
 * - Binnenkort: due in one of the next `SOON_MONTHS` calendar months.
 */
export type Urgency = 'te-laat' | 'deze-maand' | 'binnenkort';

/** "Binnenkort" looks this many months ahead: time to make an appointment and send a form. */
export const SOON_MONTHS = 3;

export const URGENCY_LABELS: Record<Urgency, string> = {
	'te-laat': 'Te laat',
	'deze-maand': 'Deze maand',
	binnenkort: 'Binnenkort',
};

/** When a point is due: a date ("2027-02-15") or a whole month ("2027-02"). */
export type Due = { date: string } | { month: YearMonth };

/** `today` is a date as a date input gives it ("2026-12-01"). */
export function urgencyOf(due: Due, today: string): Urgency | null {
	if ('date' in due && due.date < today) return 'te-laat';
	const month = 'date' in due ? monthOfDate(due.date) : due.month;
	const ahead = monthsBetween(monthOfDate(today), month);
	if (ahead < 0) return 'te-laat';
	if (ahead === 0) return 'deze-maand';
	if (ahead <= SOON_MONTHS) return 'binnenkort';
	return null;
}

/** Order of urgency: late first. */
export const URGENCY_ORDER: readonly Urgency[] = ['te-laat', 'deze-maand', 'binnenkort'];

export interface UrgencyCount {
	'te-laat': number;
	'deze-maand': number;
	binnenkort: number;
}

export function countUrgencies(items: readonly { urgency: Urgency | null }[]): UrgencyCount {
	const count: UrgencyCount = { 'te-laat': 0, 'deze-maand': 0, binnenkort: 0 };
	for (const item of items) if (item.urgency) count[item.urgency]++;
	return count;
}

/** "2 te laat, 1 deze maand, 3 binnenkort"; '' when nothing is pressing. */
export function formatUrgencyCount(count: UrgencyCount): string {
	return URGENCY_ORDER.filter((u) => count[u] > 0)
		.map((u) => `${count[u]} ${URGENCY_LABELS[u].toLowerCase()}`)
		.join(', ');
}
