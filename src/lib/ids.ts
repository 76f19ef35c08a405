/**
 * Ids. Content ids are file names and the ids inside content files
 * (steps, themes, statements): lowercase words joined by single dashes,
 * readable in a URL. Local ids name what a user makes in the browser (a
 * checklist, a saved scan, a round, an action); they are never shown.
 */

/** 'investeer-in-het-sociale-netwerk', 'wn-in-kaart'. */
export const CONTENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What stored data accepts as a local id: 'j-1x2y3z', 's-1a2b', or an older 'jabc123'. */
export const LOCAL_ID = /^[a-z0-9-]{1,40}$/;

/** A new random local id with a prefix, e.g. 'r-3kf93ja0c1zd' for a round (64 random bits). */
export function newId(prefix: string): string {
	const [a = 0, b = 0] = crypto.getRandomValues(new Uint32Array(2));
	return `${prefix}-${a.toString(36)}${b.toString(36)}`;
}
