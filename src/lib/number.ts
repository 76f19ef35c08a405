/**
 * Numbers as Dutch readers write them, by hand instead of Intl (see ./format.ts
 * for why). Apart from format.ts because only the results, the group overview's
 * numbers and Mijn gegevens show them: the first view of a tool page does not load it.
 */

/** "2,7", "1.234": decimal comma, thousands point, `decimals` digits (trailing zeros dropped down to `minDecimals`). */
export function formatNumber(value: number, decimals = 1, minDecimals = decimals): string {
	const [whole = '', fraction = ''] = value.toFixed(decimals).split('.');
	let digits = fraction;
	while (digits.length > minDecimals && digits.endsWith('0')) digits = digits.slice(0, -1);
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	return digits ? `${grouped},${digits}` : grouped;
}

/** "1,5 tot 3": the lowest and highest score of a group; "–" when nobody has one. */
export function formatBereik(lowest: number | null, highest: number | null): string {
	return lowest === null || highest === null ? '–' : `${formatNumber(lowest)} tot ${formatNumber(highest)}`;
}
