import type { SaveState, StoreProblem } from '../../lib/storage/types';

/** Dutch texts of the storage UI in one place, so tools and tests use the same words. */

export const saveStateText: Record<SaveState, string> = {
	idle: '',
	saved: 'Opgeslagen',
	'not-saved:quota': 'Niet opgeslagen: opslag vol',
	'not-saved:unavailable': 'Niet opgeslagen: opslag niet beschikbaar',
	'not-saved:waiting': 'Niet opgeslagen: maak eerst een keuze in de melding',
};

export function problemTitle(problem: StoreProblem<unknown>): string {
	if (problem.kind === 'unreadable') return 'We kunnen uw opgeslagen gegevens niet lezen';
	return problem.theirs
		? 'In een ander tabblad zijn nieuwere gegevens opgeslagen'
		: 'In een ander tabblad zijn deze gegevens gewist';
}

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
