/**
 * The invitation to a team round: one link that opens a zelfscan with the
 * round's name preset.
 *
 * FORMAT
 *
 *     <site>/zelfscan/<scan-id>/#ronde=<name, URL-encoded>
 *     https://…/zelfscan/gemeentescan/#ronde=Gemeente%20Oost%2C%20voorjaar%202027
 *
 * The link holds the scan (in the path) and the round's name (in the
 * fragment), nothing else: no names of people, no answers, no address of
 * the coordinator. The name sits after the `#` on purpose: browsers never
 * send the fragment to the web server, so the round's name stays out of
 * the server's logs as well.
 *
 * Anyone can make such a link with any name, so the scan page treats the
 * name as untrusted text: cleaned (cleanRondeNaam), at most MAX_RONDENAAM
 * characters, shown as text and always as "the name of the round", never as
 * an instruction from the site.
 */

export const MAX_RONDENAAM = 60;
export const RONDE_PARAM = 'ronde';

/** One line, no control characters, single spaces, at most MAX_RONDENAAM characters. */
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

/** Whether two round names mean the same round: the cleaned names, ignoring case. */
export function sameRonde(a: string, b: string): boolean {
	return cleanRondeNaam(a).toLocaleLowerCase('nl') === cleanRondeNaam(b).toLocaleLowerCase('nl');
}

export function uitnodigingPath(scanId: string, ronde: string): string {
	return `/zelfscan/${scanId}/#${RONDE_PARAM}=${encodeURIComponent(cleanRondeNaam(ronde))}`;
}

/** The whole link, e.g. for a QR code: `origin` is the site's address without a trailing slash. */
export function uitnodigingLink(origin: string, scanId: string, ronde: string): string {
	return `${origin.replace(/\/+$/, '')}${uitnodigingPath(scanId, ronde)}`;
}

/** The round's name in a `#ronde=…` fragment, cleaned; null when there is none (or it is empty). */
export function rondeFromHash(hash: string): string | null {
	const match = new RegExp(`^#${RONDE_PARAM}=([^&]*)`).exec(hash);
	if (!match) return null;
	let text = match[1];
	try {
		text = decodeURIComponent(text);
	} catch {
		// A broken escape: keep the text as it is; cleaning makes it harmless.
	}
	return cleanRondeNaam(text) || null;
}

export type RondeCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether a code fits the session's round. Only a code of another named
 * round is refused: a code without a round (filled in without the link, or
 * a version-1 code) still counts, and a session without a round takes every
 * code, as a trainer's workshop does.
 */
export function checkRonde(codeRonde: string | null, sessieRonde: string | null): RondeCheck {
	if (!codeRonde || !sessieRonde || sameRonde(codeRonde, sessieRonde)) return { ok: true };
	return {
		ok: false,
		message: `Deze deelcode hoort bij de ronde "${cleanRondeNaam(codeRonde)}", niet bij "${cleanRondeNaam(sessieRonde)}".`,
	};
}
