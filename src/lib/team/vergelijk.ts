import type { TeamOverzicht } from './overzicht';

/**
 * Rounds over time: this round's team overview beside an earlier one (from
 * that round's session file), per theme.
 *
 * A theme's medians are compared only when both rounds asked exactly the
 * same items in it (same ids: a zelfscan gives a rewritten question a new
 * id). Otherwise both medians are shown side by side without a difference,
 * and the page says why. A difference is this round minus the earlier one.
 */

export interface ThemaVergelijking {
	themaId: string;
	titel: string;
	nu: number | null;
	eerder: number | null;
	/** Set only when the theme is comparable and both rounds have a median. */
	verschil: number | null;
	/** Both rounds asked the same items in this theme. */
	vergelijkbaar: boolean;
}

export interface RondeVergelijking {
	/** False when the two sessions are of different zelfscans: then nothing is compared. */
	zelfdeScan: boolean;
	themas: ThemaVergelijking[];
	/** Themes only the earlier round had. */
	alleenEerder: { themaId: string; titel: string }[];
	deelnemers: { nu: number; eerder: number };
}

const sameItems = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
	a.length === b.length && a.every((item) => b.some((other) => other.id === item.id));

export function compareRondes(nu: TeamOverzicht, eerder: TeamOverzicht): RondeVergelijking {
	const zelfdeScan = nu.scanId === eerder.scanId;
	const themas = nu.themas.map((thema): ThemaVergelijking => {
		const before = zelfdeScan ? eerder.themas.find((t) => t.themaId === thema.themaId) : undefined;
		const vergelijkbaar = !!before && sameItems(thema.onderdelen, before.onderdelen);
		const eerderMediaan = before?.mediaan ?? null;
		return {
			themaId: thema.themaId,
			titel: thema.titel,
			nu: thema.mediaan,
			eerder: eerderMediaan,
			verschil:
				vergelijkbaar && thema.mediaan !== null && eerderMediaan !== null
					? Math.round((thema.mediaan - eerderMediaan) * 10) / 10
					: null,
			vergelijkbaar,
		};
	});
	const alleenEerder = zelfdeScan
		? eerder.themas
				.filter((t) => !nu.themas.some((n) => n.themaId === t.themaId))
				.map((t) => ({ themaId: t.themaId, titel: t.titel }))
		: [];
	return { zelfdeScan, themas, alleenEerder, deelnemers: { nu: nu.deelnemers, eerder: eerder.deelnemers } };
}
