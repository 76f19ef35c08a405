/**
 * Counts and dates as Dutch readers write them. Written out by hand, not
 * with Intl: the first Intl call with 'nl-NL' loads locale data and blocked
 * the main thread for about 200 ms on a slow phone (measured on the
 * zelfscan results, 4x CPU slowdown). tests/unit/format.test.ts holds them
 * against Intl. Every tool page loads this file; numbers with decimals are
 * in ./number.ts, which only the parts that show them load.
 */

/** Dutch month names, January first. */
export const MONTH_NAMES: readonly string[] = [
	'januari',
	'februari',
	'maart',
	'april',
	'mei',
	'juni',
	'juli',
	'augustus',
	'september',
	'oktober',
	'november',
	'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** "1 stelling", "3 stellingen": a number with the singular or plural noun. */
export function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** A local calendar date as yyyy-mm-dd, the format of a date input and of file names. */
export function isoDate(date: Date): string {
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The Date of a stored value: a yyyy-mm-dd calendar date (local midnight) or an ISO date-time; null when unreadable. */
export function toDate(value: Date | string): Date | null {
	const day = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
	const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
	return Number.isNaN(date.getTime()) ? null : date;
}

/** "3 november 2026", in local time; `utc` for dates without a time of day (content dates). '' when unreadable. */
export function formatDate(value: Date | string, utc = false): string {
	const date = toDate(value);
	if (!date) return '';
	return utc
		? `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`
		: `${date.getDate()} ${MONTH_NAMES[date.getMonth()]} ${date.getFullYear()}`;
}

/** "45 minuten", "1 uur", "1 uur en 30 minuten" */
export function formatDuration(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (!hours) return `${rest} minuten`;
	return rest ? `${hours} uur en ${rest} minuten` : `${hours} uur`;
}
