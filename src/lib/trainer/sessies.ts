import { getCollection } from 'astro:content';
import { getSite } from '../content/site';

/** Session plans in their order. Build time only. */
export async function alleSessies() {
	return (await getCollection('sessies')).sort((a, b) => a.data.volgorde - b.data.volgorde);
}

export interface TeTonen {
	href: string;
	label: string;
	/** Presentation mode of a step or example, when there is one. */
	presentatie?: string;
}

const VASTE_PAGINAS: Record<string, string> = {
	'/stappenplan/': 'Overzicht van het stappenplan',
	'/zelfscan/': 'Zelfscans',
	'/big-5/': 'De BIG-5 en de checklist',
	'/voor-trainers/groepsoverzicht/': 'Groepsoverzicht',
	'/voorbeelden/': 'Praktijkvoorbeelden',
};

/** Label and links for a path in a session plan. Throws on a step, example or page that does not exist. */
export async function teTonen(pad: string, sessie: string): Promise<TeTonen> {
	const site = await getSite();
	if (VASTE_PAGINAS[pad]) return { href: pad, label: VASTE_PAGINAS[pad] };
	const stap = /^\/stappenplan\/([a-z0-9-]+)\/$/.exec(pad);
	if (stap) {
		const entry = site.stappen.find((s) => s.id === stap[1]);
		if (!entry) throw new Error(`content/sessies/${sessie}: stap "${stap[1]}" bestaat niet`);
		return { href: pad, label: `Stap ${entry.data.nr}: ${entry.data.titel}`, presentatie: `${pad}presentatie/` };
	}
	const voorbeeld = /^\/voorbeelden\/([a-z0-9-]+)\/$/.exec(pad);
	if (voorbeeld) {
		const entry = site.voorbeelden.find((v) => v.id === voorbeeld[1]);
		if (!entry) throw new Error(`content/sessies/${sessie}: voorbeeld "${voorbeeld[1]}" bestaat niet`);
		return { href: pad, label: `Voorbeeld: ${entry.data.titel}`, presentatie: `${pad}presentatie/` };
	}
	const pagina = site.paginas.find((p) => `/${p.id}/` === pad);
	if (!pagina) throw new Error(`content/sessies/${sessie}: pagina "${pad}" bestaat niet`);
	return { href: pad, label: pagina.data.titel };
}

export function duur(minuten: number): string {
	const uren = Math.floor(minuten / 60);
	const rest = minuten % 60;
	if (!uren) return `${rest} minuten`;
	return rest ? `${uren} uur en ${rest} minuten` : `${uren} uur`;
}
