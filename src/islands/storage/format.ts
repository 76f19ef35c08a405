import { datumLang } from '../../lib/tekst';

/** Dates and sizes as Dutch readers write them. Kept apart from texts.ts, which every tool page loads. */

/** "22 november 2026 om 14:05" */
export function formatDateTime(iso: string | null): string {
	if (!iso) return '';
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return '';
	return `${datumLang(date)} om ${tijd(date)}`;
}

/** "0,4 KB" */
export function formatKilobytes(bytes: number): string {
	const kb = bytes / 1024;
	return `${getal(kb, kb < 10 ? 1 : 0)} KB`;
}

/** "14:05" */
export function tijd(date: Date): string {
	return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** "0,4", "12", "1.234": Dutch decimal comma and thousands point. */
export function getal(value: number, decimals: number): string {
	const [whole, fraction] = value.toFixed(decimals).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	return fraction && Number(fraction) !== 0 ? `${grouped},${fraction.replace(/0+$/, '')}` : grouped;
}
