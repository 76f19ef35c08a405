import { median } from '../trainer/groep';
import {
	type Deelnemer,
	MAX_BESPREKEN,
	MAX_VERSCHILLEN,
	MIN_PER_ROL,
	type Rol,
	type TeamScan,
	type TeamThema,
	VERSCHIL_MIN,
} from './model';

/**
 * The team overview: participants in, anonymous numbers out.
 *
 * Per theme:
 * - the **median** of the participants' theme scores (each participant
 *   counts once, whatever the number of items; half of the team is at or
 *   below it, half at or above), the **range** (lowest and highest
 *   participant score), and the **distribution**: how many participants
 *   the scan puts in each stand;
 * - the **median per role**, only for a role with at least MIN_PER_ROL
 *   participants who have a score for this theme;
 * - per item, how many chose each level, "weet ik niet", "niet van
 *   toepassing", or left it open, and how many want to talk about it.
 *
 * Protecting small roles takes two rules, applied per theme:
 * 1. A role with fewer than MIN_PER_ROL scores shows no median.
 * 2. If the participants outside the roles shown would then number one or
 *    two, the smallest role shown is hidden too, until they number none or
 *    at least MIN_PER_ROL. Otherwise the team's median beside the role
 *    medians can give away a single person's score: with three
 *    participants of one role at 2, 3, 4 and one other person, a team
 *    median of 3,5 says that person scored 4.
 *
 * "Where roles differ most": per theme, the gap between the highest and the
 * lowest role median among the roles shown. A theme is listed when the gap
 * is at least VERSCHIL_MIN (one whole level), largest gap first. Why this
 * measure: it is the difference people see in the table, so the list never
 * says something the numbers do not show; a median moves little when one
 * person in a role answers far from the rest; and it works from two roles of
 * three people, where a variance-based measure (share of variance between
 * roles, a test statistic) is unstable and cannot be explained in a sentence.
 */

export type RolStatus = 'getoond' | 'te-weinig' | 'afgeschermd';

export interface RolMediaan {
	/** null: "rol onbekend" (codes without a role). */
	rol: Rol | null;
	status: RolStatus;
	/** Set only when the status is 'getoond'. */
	mediaan: number | null;
}

export interface OnderdeelOverzicht {
	id: string;
	tekst: string;
	themaId: string;
	/** perWaarde[i]: participants who chose value i + 1. */
	perWaarde: number[];
	weetNiet: number;
	nvt: number;
	/** Participants who left the item open. */
	open: number;
	/** Median of the values chosen (weet ik niet, n.v.t. and open not counted). */
	mediaan: number | null;
	/** Participants who marked "Hier wil ik over praten". */
	bespreken: number;
}

export interface ThemaOverzicht {
	themaId: string;
	titel: string;
	/** Participants with a score for this theme. */
	n: number;
	/** Participants without one (too many "weet ik niet", "niet van toepassing" or open items). */
	zonderScore: number;
	mediaan: number | null;
	laagste: number | null;
	hoogste: number | null;
	/** Participants per stand, in the scan's order of stands. */
	verdeling: { stand: { id: string; naam: string }; aantal: number }[];
	/** One entry per role that has participants in the team, in the scan's order; "rol onbekend" last. */
	rollen: RolMediaan[];
	onderdelen: OnderdeelOverzicht[];
}

export interface RolVerschil {
	themaId: string;
	titel: string;
	/** Highest minus lowest role median. */
	verschil: number;
	hoogste: { rollen: (Rol | null)[]; mediaan: number };
	laagste: { rollen: (Rol | null)[]; mediaan: number };
}

/**
 * - 'verschillen': the list has themes;
 * - 'geen-verschil': roles could be compared, and no gap reached a whole level;
 * - 'te-weinig': in no theme do two roles have a median shown.
 */
export type VerschillenStatus = 'verschillen' | 'geen-verschil' | 'te-weinig';

export interface TeamOverzicht {
	scanId: string;
	titel: string;
	schaal: readonly string[];
	deelnemers: number;
	/** Participants per role, roles with at least one participant, in the scan's order; "rol onbekend" last. */
	perRol: { rol: Rol | null; aantal: number }[];
	themas: ThemaOverzicht[];
	verschillen: RolVerschil[];
	verschillenStatus: VerschillenStatus;
	/** Items most often marked "Hier wil ik over praten", most first (scan order on a tie). */
	bespreken: OnderdeelOverzicht[];
}

/** The role of a participant as the overview groups it: a role the scan knows, or null. */
function rolOf(scan: TeamScan, deelnemer: Deelnemer): Rol | null {
	return scan.rollen.find((r) => r.id === deelnemer.rol) ?? null;
}

const keyOf = (rol: Rol | null) => rol?.id ?? '';

/** Roles with at least one participant, scan order, then "rol onbekend". */
function rolesPresent(scan: TeamScan, deelnemers: readonly Deelnemer[]): { rol: Rol | null; aantal: number }[] {
	const counts = new Map<string, number>();
	for (const d of deelnemers) {
		const key = keyOf(rolOf(scan, d));
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const known = scan.rollen.filter((r) => counts.has(r.id)).map((rol) => ({ rol, aantal: counts.get(rol.id) ?? 0 }));
	const unknown = counts.get('');
	return unknown ? [...known, { rol: null, aantal: unknown }] : known;
}

/**
 * Which groups may show their median: at least MIN_PER_ROL each, and the
 * rest (participants outside the groups shown) either none or at least
 * MIN_PER_ROL. Hides the smallest group shown (the later one on a tie) until
 * that holds.
 */
export function groupsToShow(sizes: readonly number[]): boolean[] {
	const shown = sizes.map((size) => size >= MIN_PER_ROL);
	const total = sizes.reduce((a, b) => a + b, 0);
	let rest = total - sizes.reduce((sum, size, i) => sum + (shown[i] ? size : 0), 0);
	while (rest > 0 && rest < MIN_PER_ROL && shown.some(Boolean)) {
		let smallest = -1;
		sizes.forEach((size, i) => {
			if (shown[i] && (smallest === -1 || size <= sizes[smallest])) smallest = i;
		});
		shown[smallest] = false;
		rest += sizes[smallest];
	}
	return shown;
}

function summarizeOnderdelen(scan: TeamScan, thema: TeamThema, deelnemers: readonly Deelnemer[]) {
	const points = scan.schaal.length;
	return thema.onderdelen.map((onderdeel): OnderdeelOverzicht => {
		const perWaarde = Array.from({ length: points }, () => 0);
		const values: number[] = [];
		let weetNiet = 0;
		let nvt = 0;
		let open = 0;
		let bespreken = 0;
		for (const d of deelnemers) {
			const antwoord = d.antwoorden[onderdeel.id];
			if (antwoord?.bespreken) bespreken++;
			const waarde = antwoord?.waarde;
			if (waarde === 'weet-niet') weetNiet++;
			else if (waarde === 'nvt') nvt++;
			else if (typeof waarde === 'number' && Number.isInteger(waarde) && waarde >= 1 && waarde <= points) {
				perWaarde[waarde - 1]++;
				values.push(waarde);
			} else open++;
		}
		return {
			id: onderdeel.id,
			tekst: onderdeel.tekst,
			themaId: thema.id,
			perWaarde,
			weetNiet,
			nvt,
			open,
			mediaan: median(values),
			bespreken,
		};
	});
}

function summarizeThema(
	scan: TeamScan,
	thema: TeamThema,
	deelnemers: readonly Deelnemer[],
	present: readonly { rol: Rol | null }[],
): ThemaOverzicht {
	const scored = deelnemers.flatMap((d) => {
		const score = d.scores[thema.id];
		return score && typeof score.gemiddelde === 'number'
			? [{ rol: keyOf(rolOf(scan, d)), gemiddelde: score.gemiddelde, stand: score.stand }]
			: [];
	});
	const values = scored.map((s) => s.gemiddelde);
	const perGroup = present.map(({ rol }) => scored.filter((s) => s.rol === keyOf(rol)).map((s) => s.gemiddelde));
	const shown = groupsToShow(perGroup.map((g) => g.length));
	return {
		themaId: thema.id,
		titel: thema.titel,
		n: scored.length,
		zonderScore: deelnemers.length - scored.length,
		mediaan: median(values),
		laagste: values.length ? Math.min(...values) : null,
		hoogste: values.length ? Math.max(...values) : null,
		verdeling: scan.standen.map((stand) => ({
			stand,
			aantal: scored.filter((s) => s.stand === stand.id).length,
		})),
		rollen: present.map(({ rol }, i) => {
			const status: RolStatus = shown[i] ? 'getoond' : perGroup[i].length < MIN_PER_ROL ? 'te-weinig' : 'afgeschermd';
			return { rol, status, mediaan: shown[i] ? median(perGroup[i]) : null };
		}),
		onderdelen: summarizeOnderdelen(scan, thema, deelnemers),
	};
}

/** Themes where the role medians shown differ by at least VERSCHIL_MIN, largest gap first. */
export function findVerschillen(themas: readonly ThemaOverzicht[]): {
	verschillen: RolVerschil[];
	status: VerschillenStatus;
} {
	let comparable = false;
	const found: RolVerschil[] = [];
	for (const thema of themas) {
		const shown = thema.rollen.filter(
			(r): r is RolMediaan & { mediaan: number } => r.status === 'getoond' && r.mediaan !== null,
		);
		if (shown.length < 2) continue;
		comparable = true;
		const top = Math.max(...shown.map((r) => r.mediaan));
		const bottom = Math.min(...shown.map((r) => r.mediaan));
		// Round away float noise (3.1 - 2.1), so a gap of exactly one level counts.
		const verschil = Math.round((top - bottom) * 10) / 10;
		if (verschil < VERSCHIL_MIN) continue;
		found.push({
			themaId: thema.themaId,
			titel: thema.titel,
			verschil,
			hoogste: { rollen: shown.filter((r) => r.mediaan === top).map((r) => r.rol), mediaan: top },
			laagste: { rollen: shown.filter((r) => r.mediaan === bottom).map((r) => r.rol), mediaan: bottom },
		});
	}
	// Array.prototype.sort is stable: on an equal gap the scan's order stays.
	found.sort((a, b) => b.verschil - a.verschil);
	return {
		verschillen: found.slice(0, MAX_VERSCHILLEN),
		status: found.length ? 'verschillen' : comparable ? 'geen-verschil' : 'te-weinig',
	};
}

export function summarizeTeam(scan: TeamScan, deelnemers: readonly Deelnemer[]): TeamOverzicht {
	const perRol = rolesPresent(scan, deelnemers);
	const themas = scan.themas.map((thema) => summarizeThema(scan, thema, deelnemers, perRol));
	const { verschillen, status } = findVerschillen(themas);
	const bespreken = themas
		.flatMap((t) => t.onderdelen)
		.filter((o) => o.bespreken > 0)
		.sort((a, b) => b.bespreken - a.bespreken)
		.slice(0, MAX_BESPREKEN);
	return {
		scanId: scan.id,
		titel: scan.titel,
		schaal: scan.schaal,
		deelnemers: deelnemers.length,
		perRol,
		themas,
		verschillen,
		verschillenStatus: status,
		bespreken,
	};
}
