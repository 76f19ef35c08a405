/** Path of the trainer's group overview. */
export const GROEPSOVERZICHT_PATH = '/voor-trainers/groepsoverzicht/';

/** The URL fragment form of a deelcode: `#code=<deelcode>`; it never reaches a server. */
export function deelcodeFragment(code: string): string {
	return `#code=${code}`;
}

/** The link a participant hands to the trainer: opens the group overview with the code in the fragment. */
export function groepsoverzichtLink(origin: string, code: string): string {
	return `${origin}${GROEPSOVERZICHT_PATH}${deelcodeFragment(code)}`;
}

/** The deelcode in a `#code=…` fragment, or null. */
export function deelcodeFromHash(hash: string): string | null {
	const match = /^#code=(.+)$/.exec(hash);
	if (!match) return null;
	try {
		return decodeURIComponent(match[1]);
	} catch {
		return match[1];
	}
}
