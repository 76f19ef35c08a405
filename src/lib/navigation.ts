/** The site's name, its menus and the addresses of its pages: one source for header, footer, pages and tests. */

export const siteName = 'Van jeugd naar volwassenheid';

type MenuItem = { label: string; href: string };
const menu = (items: [label: string, href: string][]): readonly MenuItem[] =>
	items.map(([label, href]) => ({ label, href }));

export const mainMenu = menu([
	['Stappenplan', '/stappenplan/'],
	['Voorbeelden', '/voorbeelden/'],
	['Informele steun', '/informele-steun/'],
	['Werkmap', '/werkmap/'],
	['BIG-5', '/big-5/'],
	['Zelfscan', '/zelfscan/'],
	['Voor trainers', '/voor-trainers/'],
]);

export const footerMenu = menu([
	['Over deze site', '/over/'],
	['Bronnen', '/bronnen/'],
	['Wijzigingen', '/wijzigingen/'],
	['Begrippen', '/begrippen/'],
	['Wetten per leeftijd', '/wetten-per-leeftijd/'],
	['Privacy', '/privacy/'],
	['Toegankelijkheid', '/toegankelijkheid/'],
	['Kwetsbaarheid melden', '/kwetsbaarheid-melden/'],
	['Mijn gegevens', '/mijn-gegevens/'],
]);

/** True when `href` is the current page or a section that contains it. */
export function isCurrent(href: string, pathname: string): boolean {
	return pathname === href || (href !== '/' && pathname.startsWith(href));
}

export const stapUrl = (id: string) => `/stappenplan/${id}/`;
export const voorbeeldUrl = (id: string) => `/voorbeelden/${id}/`;
