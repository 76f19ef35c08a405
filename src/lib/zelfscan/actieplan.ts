import { MAX_FIELD, type Action, type Round } from './definitie';
import { newId } from './state';

/**
 * Priorities and the action plan of one round: 2 or 3 themes the team
 * chooses, each with actions (what, who, when). Pure updates; only the
 * results view uses them, so they load with it and not with the questions.
 */

export const MAX_PRIORITIES = 3;
export const MIN_PRIORITIES = 2;

export function togglePriority(round: Round, themeId: string, on: boolean): Round {
	const without = round.priorities.filter((p) => p !== themeId);
	return { ...round, priorities: on ? [...without, themeId] : without };
}

export function addAction(round: Round, themeId: string, id = newId('a')): Round {
	return { ...round, actions: [...round.actions, { id, themeId, what: '', who: '', when: '' }] };
}

export function updateAction(round: Round, actionId: string, change: Partial<Omit<Action, 'id' | 'themeId'>>): Round {
	const limited = Object.fromEntries(
		Object.entries(change).map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, MAX_FIELD) : v]),
	);
	return { ...round, actions: round.actions.map((a) => (a.id === actionId ? { ...a, ...limited } : a)) };
}

export function removeAction(round: Round, actionId: string): Round {
	return { ...round, actions: round.actions.filter((a) => a.id !== actionId) };
}

/** Actions of the chosen priority themes, in the order the themes were chosen. */
export function actionPlan(round: Round): { themeId: string; actions: Action[] }[] {
	return round.priorities.map((themeId) => ({ themeId, actions: round.actions.filter((a) => a.themeId === themeId) }));
}

/** Choose or drop a priority; a newly chosen theme without actions gets an empty one to fill in. */
export function choosePriority(round: Round, themeId: string, on: boolean): Round {
	const next = togglePriority(round, themeId, on);
	const hasActions = next.actions.some((a) => a.themeId === themeId);
	return on && !hasActions ? addAction(next, themeId) : next;
}
