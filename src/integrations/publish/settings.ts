/**
 * What a publisher sets, in one place: two environment variables of `npm run build`
 * (README, "Publiceren"). Read by astro.config.mjs (the site address), by the publish
 * integration (sitemap, security.txt) and by the page /kwetsbaarheid-melden/.
 *
 * - SITE_URL: the public address, e.g. https://jeugd.gemeente.nl. Without it the build
 *   knows no address, so everything that would need one (sitemap, canonical links,
 *   handouts, security.txt) shows a path such as /stappenplan/ instead.
 * - SECURITY_CONTACT: where vulnerabilities are reported, one or more URIs separated by
 *   spaces or commas (mailto:, https: or tel:), most preferred first. Without it,
 *   security.txt points to the page /kwetsbaarheid-melden/.
 */
export interface PublishSettings {
	/** The public address of the site root, or undefined when SITE_URL is not set. */
	site?: URL;
	/** The publisher's contacts for vulnerability reports, most preferred first (may be empty). */
	securityContacts: string[];
}

/** The page that says how to report a vulnerability; the default Contact of security.txt. */
export const KWETSBAARHEID_PAD = '/kwetsbaarheid-melden/';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function parseSiteUrl(value: string | undefined): URL | undefined {
	if (!value?.trim()) return undefined;
	let url: URL;
	try {
		url = new URL(value.trim());
	} catch {
		throw new Error(`SITE_URL is geen geldig adres: "${value}". Gebruik bijvoorbeeld https://jeugd.gemeente.nl`);
	}
	// http only for a local test: browsers refuse HSTS, secure contexts and internet.nl over http.
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
		throw new Error(`SITE_URL moet met https:// beginnen: "${value}".`);
	}
	// Every link on the site starts at the root (/stappenplan/), so the site cannot live in a subfolder.
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE_URL moet het adres van de hoofdmap zijn, zonder pad: "${value}" → "${url.origin}".`);
	}
	return url;
}

export function parseSecurityContacts(value: string | undefined): string[] {
	const contacts = (value ?? '').split(/[\s,]+/).filter(Boolean);
	for (const contact of contacts) {
		const ok =
			/^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact) ||
			/^tel:\+?[0-9-]{6,}$/.test(contact) ||
			(URL.canParse(contact) && new URL(contact).protocol === 'https:');
		if (!ok) {
			throw new Error(
				`SECURITY_CONTACT "${contact}" is geen bruikbaar adres. Gebruik mailto:naam@organisatie.nl, ` +
					'een adres dat met https:// begint, of tel:+31...',
			);
		}
	}
	return contacts;
}

export function readPublishSettings(env: Record<string, string | undefined> = process.env): PublishSettings {
	return { site: parseSiteUrl(env.SITE_URL), securityContacts: parseSecurityContacts(env.SECURITY_CONTACT) };
}

/** The address of a path on this site: absolute with SITE_URL, the path itself without it. */
export function siteAddress(path: string, site: URL | string | undefined): string {
	return site ? new URL(path, site).href : path;
}
