import type { GroepsoverzichtData, TeamPlan } from '../lib/trainer/definition';
import type { Plan } from '../lib/zelfscan/actieplan';
import { groepsoverzichtStore } from './groepsoverzicht';

/**
 * Changes to what a team decides in the team overview: its plan per scan and
 * the round's name and date. Apart from ./groepsoverzicht.ts so the page's
 * first view (collecting codes) does not load them.
 */

const EMPTY_PLAN: TeamPlan = { prioriteiten: [], acties: [] };

/** The team's plan for one scan; an empty one until the team chooses. */
export function planOf(data: GroepsoverzichtData, scanId: string): TeamPlan {
	return data.plannen[scanId] ?? EMPTY_PLAN;
}

/** Apply a change from ../lib/zelfscan/actieplan.ts to the plan of one scan. */
export function changePlan(scanId: string, change: <P extends Plan>(plan: P) => P): void {
	groepsoverzichtStore.update((data) => ({
		...data,
		plannen: { ...data.plannen, [scanId]: change(planOf(data, scanId)) },
	}));
}

export function changeRonde(change: Partial<GroepsoverzichtData['ronde']>): void {
	groepsoverzichtStore.update((data) => ({ ...data, ronde: { ...data.ronde, ...change } }));
}
