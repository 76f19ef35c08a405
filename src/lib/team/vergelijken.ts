import { type GroupScan, scansInSessie, summarizeGroup } from '../trainer/group';
import { type ThemaNaastElkaar, type ThemaWaarde, themasNaastElkaar } from '../zelfscan/vergelijken';

/**
 * Rounds over time for a team: the session of an earlier round (its file)
 * next to this one, per theme the team's median in each and the difference,
 * by the same pairing as a single scan's rounds (../zelfscan/vergelijken.ts).
 * A difference only where both sessions hold codes of the same version of
 * the scan; otherwise the themes stand side by side, and the page says why.
 */

export interface TeamVergelijking {
	scanId: string;
	titel: string;
	/** How the earlier session relates: same version, another version, or no codes of this scan. */
	soort: 'zelfde-versie' | 'andere-versie' | 'niet-in-vorige';
	deelnemersBefore: number;
	deelnemersAfter: number;
	themas: ThemaNaastElkaar<ThemaWaarde>[];
}

const waarden = (scan: GroupScan, deelcodes: readonly string[]) => {
	const summary = summarizeGroup(scan, deelcodes);
	return {
		deelnemers: summary.deelnemers,
		themas: summary.themas.map((t) => ({ themaId: t.themaId, titel: t.title, average: t.median })),
	};
};

/** One comparison per scan version in this session, in the order of `scans`. */
export function vergelijkSessies(
	scans: readonly GroupScan[],
	before: readonly string[],
	after: readonly string[],
): TeamVergelijking[] {
	const inBefore = scansInSessie(scans, before);
	return scansInSessie(scans, after).map((scan) => {
		const now = waarden(scan, after);
		// The same version if the earlier session has it, else the earlier session's version of this scan.
		const earlier =
			inBefore.find((s) => s.id === scan.id && s.versie === scan.versie) ?? inBefore.find((s) => s.id === scan.id);
		const then = earlier ? waarden(earlier, before) : { deelnemers: 0, themas: [] };
		const soort = !earlier ? 'niet-in-vorige' : earlier.versie === scan.versie ? 'zelfde-versie' : 'andere-versie';
		return {
			scanId: scan.id,
			titel: scan.titel,
			soort,
			deelnemersBefore: then.deelnemers,
			deelnemersAfter: now.deelnemers,
			themas: themasNaastElkaar(then.themas, now.themas, soort === 'zelfde-versie'),
		};
	});
}

/** The sentence above a comparison that says what can be compared. */
export function describeTeamVergelijking(v: TeamVergelijking): string {
	switch (v.soort) {
		case 'niet-in-vorige':
			return 'In de sessie van de vorige ronde staan geen codes van deze scan. Er is niets te vergelijken.';
		case 'andere-versie':
			return "De vorige ronde is met een andere versie van de scan ingevuld. U ziet de thema's naast elkaar, zonder verschil, omdat ze over andere vragen gaan.";
		default:
			return 'Beide rondes zijn met dezelfde versie van de scan ingevuld. U ziet per thema de mediaan van elke ronde en het verschil.';
	}
}
