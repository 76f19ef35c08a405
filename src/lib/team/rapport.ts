import { formatDate } from '../format';
import { formatNumber } from '../number';
import { MIN_PER_ROL } from './model';

/**
 * The words of the team report around the numbers (the numbers themselves
 * come from ../trainer/group.ts and ./rollen.ts, the same as on screen).
 */

/** The round line at the top: its name and date as the coordinator typed them; today's date when none was given. */
export function rapportRonde(ronde: { naam: string; datum: string }, today: Date): { naam: string; datum: string } {
	const naam = ronde.naam.trim() || 'Ronde zonder naam';
	const datum = (ronde.datum && formatDate(ronde.datum)) || `gemaakt op ${formatDate(today)}`;
	return { naam, datum };
}

/** How the scores were made, in two B1 sentences. */
export const METHODE = [
	'Iedereen vulde de scan zelf in. Per thema telt het gemiddelde van elke deelnemer; het getal van het team is het middelste van die gemiddelden (de mediaan). "Weet ik niet" en "niet van toepassing" tellen niet mee.',
	`Een rol krijgt alleen een eigen getal als ten minste ${MIN_PER_ROL} deelnemers die rol hebben, zodat niemand herkenbaar is aan zijn of haar antwoorden.`,
];

/** The team's median of a theme in words, for the choice of priorities and the chart. */
export const mediaanText = (median: number | null) =>
	median === null ? 'geen mediaan' : `mediaan ${formatNumber(median)}`;

/** Instead of the numbers of a scan with fewer participants than a role needs: one person's answers would show. */
export const TE_WEINIG_VOOR_RAPPORT = `Te weinig deelnemers om cijfers te tonen. Daarvoor zijn ten minste ${MIN_PER_ROL} deelnemers nodig, zodat niemand herkenbaar is.`;
