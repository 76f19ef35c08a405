import { formatDate, toDate } from '../format';
import { formatNumber } from '../number';

/**
 * How "Mijn gegevens" and the import preview describe what is kept: when it
 * was saved and how large it is. Apart from ../format.ts, which every tool
 * page loads: these only load with those two parts.
 */

/** "14:05" */
export function formatTime(date: Date): string {
	return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** "22 november 2026 om 14:05"; '' when there is no readable moment. */
export function formatDateTime(iso: string | null): string {
	const date = iso ? toDate(iso) : null;
	return date ? `${formatDate(date)} om ${formatTime(date)}` : '';
}

/** "0,4 KB", "12 KB" */
export function formatKilobytes(bytes: number): string {
	const kb = bytes / 1024;
	return `${formatNumber(kb, kb < 10 ? 1 : 0, 0)} KB`;
}
