import { newId } from '../ids';
import { type Actie, MAX_FIELD, type Ronde } from './definition';

/**
 * Priorities and the action plan of one round: 2 or 3 themes the team
 * chooses, each with actions (wat, wie, voor wanneer). Pure updates; only
 * the results view uses them, so they load with it and not with the questions.
 */

export const MAX_PRIORITEITEN = 3;
export const MIN_PRIORITEITEN = 2;

export function togglePrioriteit(ronde: Ronde, themaId: string, on: boolean): Ronde {
	const without = ronde.prioriteiten.filter((p) => p !== themaId);
	return { ...ronde, prioriteiten: on ? [...without, themaId] : without };
}

export function addActie(ronde: Ronde, themaId: string, id = newId('a')): Ronde {
	return { ...ronde, acties: [...ronde.acties, { id, themaId, wat: '', wie: '', voor: '' }] };
}

export function updateActie(ronde: Ronde, actieId: string, change: Partial<Omit<Actie, 'id' | 'themaId'>>): Ronde {
	const limited = Object.fromEntries(
		Object.entries(change).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, MAX_FIELD) : v]),
	);
	return { ...ronde, acties: ronde.acties.map((a) => (a.id === actieId ? { ...a, ...limited } : a)) };
}

export function removeActie(ronde: Ronde, actieId: string): Ronde {
	return { ...ronde, acties: ronde.acties.filter((a) => a.id !== actieId) };
}

/** Actions of the chosen priority themes, in the order the themes were chosen. */
export function actieplan(ronde: Ronde): { themaId: string; acties: Actie[] }[] {
	return ronde.prioriteiten.map((themaId) => ({ themaId, acties: ronde.acties.filter((a) => a.themaId === themaId) }));
}

/** Choose or drop a priority; a newly chosen theme without actions gets an empty one to fill in. */
export function choosePrioriteit(ronde: Ronde, themaId: string, on: boolean): Ronde {
	const next = togglePrioriteit(ronde, themaId, on);
	const hasActies = next.acties.some((a) => a.themaId === themaId);
	return on && !hasActies ? addActie(next, themaId) : next;
}
