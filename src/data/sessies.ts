import { getCollection } from 'astro:content';
import { getSite } from './site';

/** Session plans in their order. Build time only. */
export async function loadSessies() {
	return (await getCollection('sessies')).sort((a, b) => a.data.volgorde - b.data.volgorde);
}

/** A page a session plan shows, with its label and, for a step or example, its presentation mode. */
export interface SessieLink {
	href: string;
	label: string;
	presentatie?: string;
}

const FIXED_PAGES: Record<string, string> = {
	'/stappenplan/': 'Overzicht van het stappenplan',
	'/zelfscan/': 'Zelfscans',
	'/big-5/': 'De BIG-5 en de checklist',
	'/voor-trainers/groepsoverzicht/': 'Groepsoverzicht',
	'/voorbeelden/': 'Praktijkvoorbeelden',
};

/** Label and links for a path in a session plan (`tonen`). Throws on a step, example or page that does not exist. */
export async function sessieLink(path: string, sessie: string): Promise<SessieLink> {
	const site = await getSite();
	const fixed = FIXED_PAGES[path];
	if (fixed) return { href: path, label: fixed };
	const stap = /^\/stappenplan\/([a-z0-9-]+)\/$/.exec(path);
	if (stap) {
		const entry = site.stappen.find((s) => s.id === stap[1]);
		if (!entry) throw new Error(`content/sessies/${sessie}: stap "${stap[1]}" bestaat niet`);
		return { href: path, label: `Stap ${entry.data.nr}: ${entry.data.titel}`, presentatie: `${path}presentatie/` };
	}
	const voorbeeld = /^\/voorbeelden\/([a-z0-9-]+)\/$/.exec(path);
	if (voorbeeld) {
		const entry = site.voorbeelden.find((v) => v.id === voorbeeld[1]);
		if (!entry) throw new Error(`content/sessies/${sessie}: voorbeeld "${voorbeeld[1]}" bestaat niet`);
		return { href: path, label: `Voorbeeld: ${entry.data.titel}`, presentatie: `${path}presentatie/` };
	}
	const pagina = site.paginas.find((p) => `/${p.id}/` === path);
	if (!pagina) throw new Error(`content/sessies/${sessie}: pagina "${path}" bestaat niet`);
	return { href: path, label: pagina.data.titel };
}
