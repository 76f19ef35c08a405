/** Main navigation and footer links: one list, used by header, footer and tests. */
export const hoofdmenu = [
	{ label: 'Stappenplan', href: '/stappenplan/' },
	{ label: 'Voorbeelden', href: '/voorbeelden/' },
	{ label: 'Informele steun', href: '/informele-steun/' },
	{ label: 'BIG-5', href: '/big-5/' },
	{ label: 'Zelfscan', href: '/zelfscan/' },
	{ label: 'Voor trainers', href: '/voor-trainers/' },
] as const;

export const voetmenu = [
	{ label: 'Over deze site', href: '/over/' },
	{ label: 'Bronnen', href: '/bronnen/' },
	{ label: 'Wijzigingen', href: '/wijzigingen/' },
	{ label: 'Begrippen', href: '/begrippen/' },
	{ label: 'Wetten per leeftijd', href: '/wetten-per-leeftijd/' },
	{ label: 'Privacy', href: '/privacy/' },
	{ label: 'Toegankelijkheid', href: '/toegankelijkheid/' },
	{ label: 'Kwetsbaarheid melden', href: '/kwetsbaarheid-melden/' },
	{ label: 'Mijn gegevens', href: '/mijn-gegevens/' },
] as const;

export const siteNaam = 'Van jeugd naar volwassenheid';

/** True when `href` is the current page or a section that contains it. */
export function isActief(href: string, pathname: string): boolean {
	return pathname === href || (href !== '/' && pathname.startsWith(href));
}
