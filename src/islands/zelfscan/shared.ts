import { datumLang } from '../../lib/tekst';
import type { Round } from '../../lib/zelfscan/definitie';

/** A link to a step or example page, prepared by the page (title looked up at build time). */
export interface GuideLink {
	href: string;
	label: string;
}

/** Keys: `stap:<id>` and `voorbeeld:<id>`. */
export type LinkMap = Record<string, GuideLink>;

/** "3 november 2026"; an unreadable date is shown as it is stored. */
export function formatDate(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : datumLang(date);
}

/** "Ronde 2 (3 november 2026)" */
export function roundLabel(rounds: readonly Round[], round: Round): string {
	return `Ronde ${rounds.indexOf(round) + 1} (${formatDate(round.startedAt)})`;
}
