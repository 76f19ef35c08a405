import { getCollection } from 'astro:content';
import { findBrokenReferences } from '../lib/content/integrity';
import { compareMomenten, findBegripIds } from '../lib/momenten/momenten';

/**
 * Build-time data (src/data/): the only code that reads `astro:content`.
 * This file is the one way pages read content: every collection, sorted,
 * and checked for broken references. The first page that asks loads it; a
 * broken reference fails the build with the file and the field.
 */
async function load() {
	const [stappen, voorbeelden, paginas, themas, begrippen, wijzigingen, momenten] = await Promise.all([
		getCollection('stappen'),
		getCollection('voorbeelden'),
		getCollection('paginas'),
		getCollection('themas'),
		getCollection('begrippen'),
		getCollection('wijzigingen'),
		getCollection('momenten'),
	]);
	const problems = findBrokenReferences({ stappen, voorbeelden, paginas, themas, begrippen });
	const begripIds = new Set(begrippen.map((b) => b.id));
	for (const moment of momenten) {
		for (const id of findBegripIds(moment.data).filter((id) => !begripIds.has(id))) {
			problems.push(
				`content/momenten/${moment.id}.yaml: de link "begrip:${id}" verwijst naar een begrip dat niet bestaat.`,
			);
		}
	}
	if (problems.length) {
		throw new Error(`Verwijzingen in de inhoud kloppen niet:\n- ${problems.join('\n- ')}`);
	}
	stappen.sort((a, b) => a.data.nr - b.data.nr);
	voorbeelden.sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'nl'));
	begrippen.sort((a, b) => a.data.term.localeCompare(b.data.term, 'nl'));
	themas.sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'nl'));
	// Newest first; on one day, by file name so the order never depends on the file system.
	wijzigingen.sort((a, b) => b.data.datum.getTime() - a.data.datum.getTime() || a.id.localeCompare(b.id));
	momenten.sort((a, b) => compareMomenten(a.data, b.data));
	return { stappen, voorbeelden, paginas, themas, begrippen, wijzigingen, momenten };
}

let cached: ReturnType<typeof load> | undefined;
export function getSite() {
	cached ??= load();
	return cached;
}

export type Site = Awaited<ReturnType<typeof load>>;
export type StapEntry = Site['stappen'][number];
export type VoorbeeldEntry = Site['voorbeelden'][number];
export type PaginaEntry = Site['paginas'][number];
export type MomentEntry = Site['momenten'][number];

export async function getPagina(id: string) {
	const { paginas } = await getSite();
	const pagina = paginas.find((p) => p.id === id);
	if (!pagina) throw new Error(`Pagina "content/paginas/${id}.mdx" ontbreekt.`);
	return pagina;
}

/** Examples that name a step, in the order of the examples list. */
export function voorbeeldenForStap(site: Site, stapId: string) {
	return site.voorbeelden.filter((v) => v.data.stappen.includes(stapId));
}
