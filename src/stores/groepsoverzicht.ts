import type { GroepsoverzichtData, TeamPlan } from '../lib/trainer/definition';
import { groepsoverzichtTool } from '../lib/trainer/definition';
import type { Plan } from '../lib/zelfscan/actieplan';
import { createToolStore } from './tool-store';

/** The trainer's or coordinator's session: the deelcodes collected in this browser, the round's name and the team's plans. */
export const groepsoverzichtStore = createToolStore(groepsoverzichtTool);

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
