/** Dates and sizes as Dutch readers write them. Kept apart from texts.ts, which every tool page loads. */

/** "22 november 2026 om 14:05" */
export function formatDateTime(iso: string | null): string {
	if (!iso) return '';
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return '';
	const day = date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
	const time = date.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' });
	return `${day} om ${time}`;
}

/** "0,4 KB" */
export function formatKilobytes(bytes: number): string {
	const kb = bytes / 1024;
	return `${kb.toLocaleString('nl-NL', { maximumFractionDigits: kb < 10 ? 1 : 0, minimumFractionDigits: 0 })} KB`;
}
