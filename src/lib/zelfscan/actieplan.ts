import { newId } from '../ids';
import { type Actie, MAX_FIELD } from './definition';

/**
 * Priorities and an action plan: 2 or 3 themes chosen, each with actions
 * (wat, wie, voor wanneer). One set of pure updates for both plans that
 * exist: a single scan's round (definition.ts `Ronde`) and a team's plan in
 * the team overview (../trainer/definition.ts `TeamPlan`). Each update
 * returns a new plan of the same type, other fields kept.
 */

export const MAX_PRIORITEITEN = 3;
export const MIN_PRIORITEITEN = 2;

/** What a plan needs: the chosen themes and their actions. */
export interface Plan {
	prioriteiten: string[];
	acties: Actie[];
}

export function togglePrioriteit<P extends Plan>(plan: P, themaId: string, on: boolean): P {
	const without = plan.prioriteiten.filter((p) => p !== themaId);
	return { ...plan, prioriteiten: on ? [...without, themaId] : without };
}

export function addActie<P extends Plan>(plan: P, themaId: string, id = newId('a')): P {
	return { ...plan, acties: [...plan.acties, { id, themaId, wat: '', wie: '', voor: '' }] };
}

export function updateActie<P extends Plan>(
	plan: P,
	actieId: string,
	change: Partial<Omit<Actie, 'id' | 'themaId'>>,
): P {
	const limited = Object.fromEntries(
		Object.entries(change).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, MAX_FIELD) : v]),
	);
	return { ...plan, acties: plan.acties.map((a) => (a.id === actieId ? { ...a, ...limited } : a)) };
}

export function removeActie<P extends Plan>(plan: P, actieId: string): P {
	return { ...plan, acties: plan.acties.filter((a) => a.id !== actieId) };
}

/** Actions of the chosen priority themes, in the order the themes were chosen. */
export function actieplan(plan: Plan): { themaId: string; acties: Actie[] }[] {
	return plan.prioriteiten.map((themaId) => ({ themaId, acties: plan.acties.filter((a) => a.themaId === themaId) }));
}

/** Choose or drop a priority; a newly chosen theme without actions gets an empty one to fill in. */
export function choosePrioriteit<P extends Plan>(plan: P, themaId: string, on: boolean): P {
	const next = togglePrioriteit(plan, themaId, on);
	const hasActies = next.acties.some((a) => a.themaId === themaId);
	return on && !hasActies ? addActie(next, themaId) : next;
}

/** The message when more themes are chosen than a plan can carry; null while the number is fine. */
export function teveelPrioriteiten(chosen: number): string | null {
	return chosen > MAX_PRIORITEITEN
		? `U heeft ${chosen} thema's gekozen. Kies er niet meer dan ${MAX_PRIORITEITEN}, dan blijft het plan haalbaar.`
		: null;
}
