/**
 * Samen scannen: a municipality takes a zelfscan as a team. Every
 * participant fills it in on their own device, chooses a role and sends one
 * deelcode (format 2 carries the role); the team overview (the group
 * overview at /voor-trainers/groepsoverzicht/) reads the codes. rollen.ts
 * adds the per-role numbers to the group's numbers of lib/trainer/group.ts.
 */

/** A role a participant can choose (from the scan's content file, never from code). */
export interface Rol {
	id: string;
	naam: string;
}

/**
 * A role gets its own median only with at least this many participants
 * who have a score for the theme. Below that, one person's answers could
 * be read off the median ("te weinig deelnemers om te tonen").
 */
export const MIN_PER_ROL = 3;

/** How role medians must differ (on the 1..4 scale) before a theme counts as "roles see it differently": one whole level. */
export const VERSCHIL_MIN = 1;

/** Themes listed under "Waar rollen het meest verschillen", at most. */
export const MAX_VERSCHILLEN = 3;

export const ROL_ONBEKEND = 'Rol onbekend';
export const TE_WEINIG = 'te weinig deelnemers om te tonen';
export const AFGESCHERMD = 'niet getoond, zodat niemand herkenbaar is';

export const rolNaam = (rol: Rol | null) => rol?.naam ?? ROL_ONBEKEND;
