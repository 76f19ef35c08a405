import { KWETSBAARHEID_PAD, type PublishSettings, siteAddress } from './settings';

/** Path of the file, fixed by RFC 9116 §3. */
export const SECURITY_TXT_PAD = '/.well-known/security.txt';

/**
 * One year after `from`, on the same calendar day (28 February for 29 February), so the
 * date is never more than a year away: checkers such as internet.nl flag a longer one.
 */
export function oneYearAfter(from: Date): Date {
	const next = new Date(from);
	next.setUTCFullYear(from.getUTCFullYear() + 1);
	if (next.getUTCDate() !== from.getUTCDate()) next.setUTCDate(0);
	return next;
}

/**
 * security.txt (RFC 9116): where to report a vulnerability. Contact is the publisher's
 * SECURITY_CONTACT, or the site's own page that explains how to report; Policy always
 * points to that page. Canonical only with SITE_URL: without it the build knows no address.
 */
export function securityTxt(settings: PublishSettings, builtAt: Date): string {
	const page = siteAddress(KWETSBAARHEID_PAD, settings.site);
	const contacts = settings.securityContacts.length ? settings.securityContacts : [page];
	const expires = oneYearAfter(builtAt)
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z');
	return [
		'# Een kwetsbaarheid in deze site melden. Uitleg in het Nederlands:',
		`# ${page}`,
		...contacts.map((c) => `Contact: ${c}`),
		`Expires: ${expires}`,
		'Preferred-Languages: nl, en',
		`Policy: ${page}`,
		...(settings.site ? [`Canonical: ${siteAddress(SECURITY_TXT_PAD, settings.site)}`] : []),
		'',
	].join('\n');
}
