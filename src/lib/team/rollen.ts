import { formatNumber } from '../number';
import { median } from '../trainer/group';
import { formatList } from '../werkmap/netwerk';
import { AFGESCHERMD, MAX_VERSCHILLEN, MIN_PER_ROL, type Rol, rolNaam, TE_WEINIG, VERSCHIL_MIN } from './model';

/**
 * The team overview per role: participants (role and theme scores, made by
 * the zelfscan's own scoring in lib/trainer/group.ts) in, anonymous numbers
 * per role out.
 *
 * - Participants per role, in the scan's order of roles; codes without a
 *   role (every format-1 code, and a code made without choosing a role) or
 *   with a role the scan does not know are "rol onbekend", listed last.
 * - Per theme the **median per role**, only for a role with at least
 *   MIN_PER_ROL participants who have a score for this theme.
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
 * three people, where a variance-based measure is unstable and cannot be
 * explained in a sentence.
 */

/** One participant as the role numbers need it: a role id (null: none) and a score per theme id. */
export interface RolDeelnemer {
	rol: string | null;
	/** Theme id → the participant's theme score, null when the scan gives none (too few counted answers). */
	scores: Record<string, number | null>;
}

export type RolStatus = 'getoond' | 'te-weinig' | 'afgeschermd';

export interface RolMediaan {
	/** null: "rol onbekend". */
	rol: Rol | null;
	status: RolStatus;
	/** Set only when the status is 'getoond'. */
	mediaan: number | null;
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

export interface RolOverzicht {
	/** Participants per role, roles with at least one participant, in the scan's order; "rol onbekend" last. */
	perRol: { rol: Rol | null; aantal: number }[];
	/** Per theme id: one entry per role in `perRol`, same order. */
	perThema: Record<string, RolMediaan[]>;
	verschillen: RolVerschil[];
	verschillenStatus: VerschillenStatus;
}

const keyOf = (rol: Rol | null) => rol?.id ?? '';

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

/** Themes where the role medians shown differ by at least VERSCHIL_MIN, largest gap first. */
export function findVerschillen(themas: readonly { themaId: string; titel: string; rollen: readonly RolMediaan[] }[]): {
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

export function summarizeRollen(
	scan: { rollen?: readonly Rol[]; themas: readonly { id: string; titel: string }[] },
	deelnemers: readonly RolDeelnemer[],
): RolOverzicht {
	const rollen = scan.rollen ?? [];
	const rolOf = (d: RolDeelnemer) => rollen.find((r) => r.id === d.rol) ?? null;
	const counts = new Map<string, number>();
	for (const d of deelnemers) counts.set(keyOf(rolOf(d)), (counts.get(keyOf(rolOf(d))) ?? 0) + 1);
	const unknown = counts.get('');
	const perRol = [
		...rollen.filter((r) => counts.has(r.id)).map((rol) => ({ rol, aantal: counts.get(rol.id) ?? 0 })),
		...(unknown ? [{ rol: null, aantal: unknown }] : []),
	];

	const themas = scan.themas.map((thema) => {
		const perGroup = perRol.map(({ rol }) =>
			deelnemers
				.filter((d) => keyOf(rolOf(d)) === keyOf(rol))
				.map((d) => d.scores[thema.id])
				.filter((v): v is number => typeof v === 'number'),
		);
		const shown = groupsToShow(perGroup.map((g) => g.length));
		return {
			themaId: thema.id,
			titel: thema.titel,
			rollen: perRol.map(({ rol }, i): RolMediaan => {
				const status: RolStatus = shown[i] ? 'getoond' : perGroup[i].length < MIN_PER_ROL ? 'te-weinig' : 'afgeschermd';
				return { rol, status, mediaan: shown[i] ? median(perGroup[i]) : null };
			}),
		};
	});
	const { verschillen, status } = findVerschillen(themas);
	return {
		perRol,
		perThema: Object.fromEntries(themas.map((t) => [t.themaId, t.rollen])),
		verschillen,
		verschillenStatus: status,
	};
}

/** What a role's cell says: its median, or why there is none. */
export function rolMediaanText(rol: RolMediaan): string {
	if (rol.status === 'getoond') return rol.mediaan === null ? '–' : formatNumber(rol.mediaan);
	return rol.status === 'te-weinig' ? TE_WEINIG : AFGESCHERMD;
}

/** "Jeugdhulp ziet dit hoger (3,0) dan Onderwijs (1,5)." */
export function verschilText(v: RolVerschil): string {
	const hoog = formatList(v.hoogste.rollen.map(rolNaam));
	const laag = formatList(v.laagste.rollen.map(rolNaam));
	return `${hoog} ${v.hoogste.rollen.length > 1 ? 'zien' : 'ziet'} dit hoger (${formatNumber(v.hoogste.mediaan)}) dan ${laag} (${formatNumber(v.laagste.mediaan)}).`;
}

export function verschillenStatusText(status: VerschillenStatus): string {
	switch (status) {
		case 'te-weinig':
			return `Dit is nog niet te zien. Daarvoor zijn ten minste twee rollen nodig met elk ${MIN_PER_ROL} of meer deelnemers.`;
		case 'geen-verschil':
			return 'De rollen liggen dicht bij elkaar. Bij geen enkel thema verschillen hun medianen een heel niveau of meer.';
		default:
			return 'Hier verschillen de medianen van de rollen ten minste een heel niveau. Dat is een goed begin voor het gesprek.';
	}
}
