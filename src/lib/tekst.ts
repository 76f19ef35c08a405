/**
 * Small helpers for Dutch text on screen. Dates and numbers are written out
 * by hand, not with Intl: the first Intl call with 'nl-NL' loads locale data
 * and blocked the main thread for about 200 ms on a slow phone (measured on
 * the zelfscan results, 4x CPU slowdown).
 */

const MAANDEN = [
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

/** "1 stelling", "3 stellingen": a number with the singular or plural noun. */
export function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** "3 november 2026", in local time; `utc` for dates without a time of day (content dates). */
export function datumLang(date: Date, utc = false): string {
	return utc
		? `${date.getUTCDate()} ${MAANDEN[date.getUTCMonth()]} ${date.getUTCFullYear()}`
		: `${date.getDate()} ${MAANDEN[date.getMonth()]} ${date.getFullYear()}`;
}
