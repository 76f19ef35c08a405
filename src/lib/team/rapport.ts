import { count, datumLang } from '../tekst';
import type { Rol } from './model';
import type { OnderdeelOverzicht, TeamOverzicht, ThemaOverzicht } from './overzicht';
import { planVoorRapport, type TeamActie, type TeamPlan } from './plan';
import { rolNaam, uitlegScores, verschillenStatusText, verschilText } from './teksten';

/**
 * The team report: what one or two printed A4 pages hold, for the college
 * or a regional meeting. The page prints it in this order:
 *
 *   Page 1
 *   1. Heading: "Teamrapport", the scan, the round's name, the date.
 *   2. Wie deden er mee: number of participants, and per role.
 *   3. Waar het team staat: per theme a bar of participants per stand, the
 *      median, lowest and highest (chart and table in one).
 *   4. Per rol: the median per theme for the roles with enough participants
 *      (only roles shown in at least one theme get a column).
 *   Page 2
 *   5. Waar rollen verschillen: at most three themes, one sentence each.
 *   6. Waar deelnemers over willen praten: at most five items.
 *   7. Wat het team als eerste doet: the 2 or 3 priorities, each with its
 *      actions (wat, wie, vóór).
 *   8. Zo zijn de scores gemaakt: the three sentences of uitlegScores.
 *
 * Lists are capped where the overview caps them; the actions are never
 * cut (the plan allows at most MAX_ACTIES_PER_THEMA per theme instead).
 * Items per statement are not in the report: they are in the overview.
 */

export interface Rapport {
	titel: string;
	scanTitel: string;
	ronde: string | null;
	datum: string;
	deelnemers: string;
	perRol: { naam: string; aantal: number }[];
	themas: ThemaOverzicht[];
	/** Roles that have a median shown in at least one theme: the columns of "Per rol". */
	rolKolommen: (Rol | null)[];
	/** Roles in the team without a column, named under the table. */
	rollenZonderKolom: string[];
	verschillen: { titel: string; tekst: string }[];
	verschillenUitleg: string;
	bespreken: { tekst: string; thema: string; aantal: number }[];
	plan: { titel: string; acties: TeamActie[] }[];
	uitleg: string[];
}

const sameRol = (a: Rol | null, b: Rol | null) => (a?.id ?? null) === (b?.id ?? null);

export function buildRapport(input: {
	overzicht: TeamOverzicht;
	plan: TeamPlan;
	ronde: string | null;
	datum: Date;
}): Rapport {
	const { overzicht, plan, ronde, datum } = input;
	const titel = (id: string) => overzicht.themas.find((t) => t.themaId === id)?.titel ?? id;
	const rolKolommen = overzicht.perRol
		.map((p) => p.rol)
		.filter((rol) => overzicht.themas.some((t) => t.rollen.some((r) => sameRol(r.rol, rol) && r.status === 'getoond')));
	const themaOf = (o: OnderdeelOverzicht) => titel(o.themaId);
	return {
		titel: `Teamrapport: ${overzicht.titel}`,
		scanTitel: overzicht.titel,
		ronde,
		datum: datumLang(datum),
		deelnemers: count(overzicht.deelnemers, 'deelnemer', 'deelnemers'),
		perRol: overzicht.perRol.map((p) => ({ naam: rolNaam(p.rol), aantal: p.aantal })),
		themas: overzicht.themas,
		rolKolommen,
		rollenZonderKolom: overzicht.perRol
			.filter((p) => !rolKolommen.some((rol) => sameRol(rol, p.rol)))
			.map((p) => rolNaam(p.rol)),
		verschillen: overzicht.verschillen.map((v) => ({ titel: v.titel, tekst: verschilText(v) })),
		verschillenUitleg: verschillenStatusText(overzicht.verschillenStatus),
		bespreken: overzicht.bespreken.map((o) => ({ tekst: o.tekst, thema: themaOf(o), aantal: o.bespreken })),
		plan: planVoorRapport(plan).map((p) => ({ titel: titel(p.themaId), acties: p.acties })),
		uitleg: uitlegScores(overzicht.schaal.length),
	};
}
