import { count } from '../tekst';
import type { TeamOverzicht, ThemaOverzicht } from './overzicht';

/**
 * The team's priorities and action plan, kept with the session in the
 * coordinator's browser. The shape is the one a single zelfscan round
 * already uses (`prioriteiten` and `acties` with wat, wie, voor), so one set
 * of pure updates serves both. This file holds what only the team needs:
 * which themes to suggest, and whether the plan is ready for the report.
 */

export const MIN_PRIORITEITEN = 2;
export const MAX_PRIORITEITEN = 3;
/** Actions per priority, at most: more rarely gets done, and the report must stay within two pages. */
export const MAX_ACTIES_PER_THEMA = 4;

export interface TeamActie {
	id: string;
	themaId: string;
	wat: string;
	wie: string;
	/** "vóór": a date or a moment in words ("1 april 2027", "voor de zomer"). */
	voor: string;
}

export interface TeamPlan {
	prioriteiten: string[];
	acties: TeamActie[];
}

export function emptyPlan(): TeamPlan {
	return { prioriteiten: [], acties: [] };
}

/** Drop priorities and actions of themes the scan no longer has (a scan changed between sessions). */
export function keepKnownThemas(plan: TeamPlan, themaIds: readonly string[]): TeamPlan {
	const known = new Set(themaIds);
	return {
		prioriteiten: plan.prioriteiten.filter((id) => known.has(id)),
		acties: plan.acties.filter((a) => known.has(a.themaId)),
	};
}

export type Aanleiding = 'laag' | 'verschil' | 'bespreken';

export const AANLEIDING_LABEL: Record<Aanleiding, string> = {
	laag: 'lage mediaan',
	verschil: 'rollen zien het verschillend',
	bespreken: 'deelnemers willen erover praten',
};

/** Lowest medians named "lage mediaan", at most. */
const LAAGSTE = 3;

/**
 * Why a theme may deserve a place among the priorities, per theme id. Only a
 * hint beside each theme: the team chooses. A theme is "laag" when its
 * median is among the three lowest of the scan and below the top level.
 */
export function aanleidingen(overzicht: TeamOverzicht): Partial<Record<string, Aanleiding[]>> {
	const top = overzicht.schaal.length;
	const withMedian = overzicht.themas.filter(
		(t): t is ThemaOverzicht & { mediaan: number } => t.mediaan !== null && t.mediaan < top,
	);
	const lowest = [...withMedian].sort((a, b) => a.mediaan - b.mediaan).slice(0, LAAGSTE);
	const cutoff = lowest.length ? lowest[lowest.length - 1].mediaan : null;
	const verschil = new Set(overzicht.verschillen.map((v) => v.themaId));
	const out: Partial<Record<string, Aanleiding[]>> = {};
	for (const thema of overzicht.themas) {
		const reasons: Aanleiding[] = [];
		// Every theme tied with the third lowest counts: the order among equal medians means nothing.
		if (cutoff !== null && thema.mediaan !== null && thema.mediaan < top && thema.mediaan <= cutoff) {
			reasons.push('laag');
		}
		if (verschil.has(thema.themaId)) reasons.push('verschil');
		if (thema.onderdelen.some((o) => o.bespreken > 0)) reasons.push('bespreken');
		if (reasons.length) out[thema.themaId] = reasons;
	}
	return out;
}

export interface PlanStatus {
	/** True when the plan has 2 or 3 priorities, each with at least one action that says what, who and before when. */
	klaar: boolean;
	/** What is still missing, in Dutch, in the order to fix it. Empty when klaar. */
	open: string[];
}

const filled = (text: string) => text.trim().length > 0;

export function planStatus(plan: TeamPlan, titels: Partial<Record<string, string>>): PlanStatus {
	const open: string[] = [];
	const chosen = plan.prioriteiten.length;
	if (chosen < MIN_PRIORITEITEN) {
		const missing = MIN_PRIORITEITEN - chosen;
		open.push(
			chosen === 0
				? "Kies twee of drie thema's die het team als eerste oppakt."
				: `Kies nog ${count(missing, 'thema', "thema's")}: het team kiest er twee of drie.`,
		);
	}
	if (chosen > MAX_PRIORITEITEN) open.push("Kies hoogstens drie thema's. Met meer komt het team aan geen ervan toe.");
	for (const themaId of plan.prioriteiten) {
		const titel = titels[themaId] ?? themaId;
		const acties = plan.acties.filter((a) => a.themaId === themaId && filled(a.wat));
		if (!acties.length) {
			open.push(`Schrijf bij "${titel}" ten minste één actie op.`);
			continue;
		}
		if (acties.some((a) => !filled(a.wie) || !filled(a.voor))) {
			open.push(`Vul bij "${titel}" bij elke actie in wie het doet en vóór wanneer.`);
		}
	}
	return { klaar: open.length === 0, open };
}

/** The plan as the report shows it: priorities in the order chosen, with their filled-in actions. */
export function planVoorRapport(plan: TeamPlan): { themaId: string; acties: TeamActie[] }[] {
	return plan.prioriteiten.map((themaId) => ({
		themaId,
		acties: plan.acties.filter((a) => a.themaId === themaId && filled(a.wat)),
	}));
}
