import { MONTH_NAMES } from '../format';

/**
 * Calendar months without days, for the werkmap's timeline. A month is kept
 * as its "YYYY-MM" text (the same text a stored werkmap holds), and counted as
 * a single integer (year × 12 + month − 1), so adding, subtracting and
 * comparing months never meets the day-of-month edge cases of `Date`
 * (31 January + 1 month). No time zones either: a month is a calendar label.
 */

/** "2027-03": March 2027. */
export type YearMonth = string;

const PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: unknown): value is YearMonth {
	return typeof value === 'string' && PATTERN.test(value);
}

/** The month as one integer: consecutive months are consecutive numbers. */
export function monthIndex(month: YearMonth): number {
	const match = PATTERN.exec(month);
	if (!match) throw new Error(`Geen geldige maand: ${month}`);
	return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function fromMonthIndex(index: number): YearMonth {
	const year = Math.floor(index / 12);
	const month = index - year * 12 + 1;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function yearMonth(year: number, month: number): YearMonth {
	return fromMonthIndex(year * 12 + month - 1);
}

export function addMonths(month: YearMonth, count: number): YearMonth {
	return fromMonthIndex(monthIndex(month) + count);
}

/** How many months `to` lies after `from` (negative when it lies before). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
	return monthIndex(to) - monthIndex(from);
}

/** The month of a local moment (today, for instance). */
export function monthOf(moment: Date): YearMonth {
	return yearMonth(moment.getFullYear(), moment.getMonth() + 1);
}

/** The month of a calendar date as a date input gives it ("2027-02-15" → "2027-02"). */
export function monthOfDate(date: string): YearMonth {
	return date.slice(0, 7);
}

/** "maart 2027". */
export function formatMonth(month: YearMonth): string {
	const index = monthIndex(month);
	const year = Math.floor(index / 12);
	return `${MONTH_NAMES[index - year * 12]} ${year}`;
}
