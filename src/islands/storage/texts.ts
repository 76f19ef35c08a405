import type { SaveState, StoreProblem } from '../../lib/storage/types';

/**
 * Dutch texts of the storage UI in one place, so tools and tests use the same
 * words. The shared UI addresses nobody directly (no "u", no "je"): it
 * appears both on pages that say "u" and on pages that say "je".
 */

export const saveStateText: Record<SaveState, string> = {
	idle: '',
	saved: 'Opgeslagen',
	'not-saved:quota': 'Niet opgeslagen: opslag vol',
	'not-saved:unavailable': 'Niet opgeslagen: opslag niet beschikbaar',
	'not-saved:waiting': 'Niet opgeslagen: maak eerst een keuze in de melding',
};

export function problemTitle(problem: StoreProblem<unknown>): string {
	if (problem.kind === 'unreadable') return 'De opgeslagen gegevens zijn niet te lezen';
	return problem.theirs
		? 'In een ander tabblad zijn nieuwere gegevens opgeslagen'
		: 'In een ander tabblad zijn deze gegevens gewist';
}
