/**
 * Samen scannen: the shapes the team logic works on. A municipality takes a
 * zelfscan as a team; every participant fills it in on their own device and
 * sends the coordinator one deelcode. The coordinator's browser turns those
 * codes into participants (this file's `Deelnemer`) and the team overview
 * (overzicht.ts) turns participants into anonymous numbers.
 *
 * The team logic does not score anything itself: a participant arrives with
 * a score per theme, made by the zelfscan's own scoring rules, so a team
 * number always rests on the same rules as the participant's own result.
 */

/** A role a participant can choose (from the scan's content file, never from code). */
export interface Rol {
	id: string;
	naam: string;
}

/** What the team logic needs of a zelfscan: names and order, no help texts or advice. */
export interface TeamScan {
	id: string;
	titel: string;
	/** Names of the answer values 1..n, lowest first ("Nog niet geregeld", ...). */
	schaal: readonly string[];
	/** The stands a theme can get, lowest first ("Nog aan het begin", "Onderweg", "Stevig geregeld"). */
	standen: readonly { id: string; naam: string }[];
	/** The roles participants can choose, in the order of the content file. */
	rollen: readonly Rol[];
	themas: readonly TeamThema[];
}

export interface TeamThema {
	id: string;
	titel: string;
	onderdelen: readonly { id: string; tekst: string }[];
}

/** One answer: a value 1..n on the scale, "weet ik niet", "niet van toepassing"; absent: left open. */
export type Waarde = number | 'weet-niet' | 'nvt';

export interface TeamAntwoord {
	waarde?: Waarde;
	/** "Hier wil ik over praten". */
	bespreken?: boolean;
}

/** A participant's score for one theme, as the zelfscan's scoring made it. */
export interface ThemaScore {
	/** Mean of the counted answers; null when the scan gives this theme no score (too few counted answers). */
	gemiddelde: number | null;
	/** Id of the stand the scan gives this theme; null without a score. */
	stand: string | null;
}

/** One participant, as read from one deelcode. No name, no notes. */
export interface Deelnemer {
	/** Role id; null when the code carries no role (a version-1 code, or no role chosen): "rol onbekend". */
	rol: string | null;
	/** Answers by item id (onderdeel or stelling). */
	antwoorden: Partial<Record<string, TeamAntwoord>>;
	/** Score per theme id. */
	scores: Partial<Record<string, ThemaScore>>;
}

/**
 * A role gets its own median only with at least this many participants
 * who have a score for the theme. Below that, one person's answers could
 * be read off the median ("te weinig deelnemers om te tonen").
 */
export const MIN_PER_ROL = 3;

/** How role medians must differ (on the 1..4 scale) before a theme counts as "roles see it differently": one whole level. */
export const VERSCHIL_MIN = 1;

/** Themes listed under "Waar rollen verschillen", at most. */
export const MAX_VERSCHILLEN = 3;

/** Statements listed under "Waar deelnemers over willen praten", at most. */
export const MAX_BESPREKEN = 5;
