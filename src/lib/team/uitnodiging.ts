/**
 * The invitation to a team round: one link that opens a zelfscan with the
 * round's name preset.
 *
 *     <site>/zelfscan/<scan-id>/?ronde=<name, URL-encoded>
 *     https://…/zelfscan/gemeentescan/?ronde=Gemeente%20Oost%2C%20voorjaar%202027
 *
 * The link holds the scan (in the path) and the round's name, nothing else:
 * no names of people, no answers, no address of the coordinator. The name is
 * in the query, not the fragment, because the scan uses the fragment for its
 * own navigation; like any address it reaches the web server, which the
 * page says plainly.
 *
 * Anyone can make such a link with any name, so the name is untrusted
 * text: cleaned (cleanRondeNaam), at most MAX_RONDENAAM characters, shown
 * as text and always as "the name of the round".
 *
 * The deelcode carries the round as a key (rondeKey), not its name: 8
 * characters [0-9a-z], the same for every participant who opened the same
 * link, so the team overview can tell codes of two rounds apart.
 */

export const MAX_RONDENAAM = 60;
export const RONDE_PARAM = 'ronde';

/** One line, no control or direction characters, single spaces, at most MAX_RONDENAAM characters. */
export function cleanRondeNaam(input: string): string {
	return (
		input
			// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
			.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, MAX_RONDENAAM)
			.trim()
	);
}

/** The round's key in a deelcode: a hash (FNV-1a, 32 bits) of the cleaned name in lower case, 8 base-36 digits. */
export function rondeKey(naam: string): string {
	let hash = 0x811c9dc5;
	for (const char of cleanRondeNaam(naam).toLocaleLowerCase('nl')) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(8, '0');
}

/** The link for the participants: `origin` is the site's address (no trailing slash needed). */
export function uitnodigingLink(origin: string, scanId: string, ronde: string): string {
	return `${origin.replace(/\/+$/, '')}/zelfscan/${scanId}/?${RONDE_PARAM}=${encodeURIComponent(cleanRondeNaam(ronde))}`;
}

/** The round's name in a query string (`?ronde=…`), cleaned; null when there is none or it is empty. */
export function rondeFromSearch(search: string): string | null {
	const value = new URLSearchParams(search).get(RONDE_PARAM);
	return value === null ? null : cleanRondeNaam(value) || null;
}

/** A message the coordinator can copy into an e-mail or chat. */
export function uitnodigingTekst(scanTitel: string, ronde: string, link: string): string {
	return [
		'Beste collega,',
		'',
		`Wij vullen samen de ${scanTitel} in, voor de ronde "${cleanRondeNaam(ronde)}". Wilt u meedoen? Open deze link op uw eigen computer of telefoon:`,
		link,
		'',
		'Vul de scan in. Kies bij de resultaten uw rol en stuur mij de deelcode die daar staat.',
		'',
		'Uw antwoorden blijven op uw eigen apparaat. In de deelcode staan alleen uw rol, de ronde en uw antwoorden, geen naam en geen notities. Per rol toont het teamoverzicht alleen een getal als ten minste drie mensen die rol kozen.',
	].join('\n');
}
