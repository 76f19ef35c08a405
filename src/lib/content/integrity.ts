/**
 * Referential integrity of the content. Astro's content layer validates each
 * entry on its own; it does not check that an id named in one entry exists
 * in another collection. This check does, so a typo fails the build with
 * the file and field to fix instead of a silently missing link.
 */

export type CollectionName = 'stappen' | 'voorbeelden' | 'paginas' | 'themas' | 'begrippen';

export interface EntryLike {
	id: string;
	filePath?: string;
	body?: string;
	data: Record<string, unknown>;
}

export type SiteEntries = Record<CollectionName, EntryLike[]>;

const singular: Record<CollectionName, string> = {
	stappen: 'stap',
	voorbeelden: 'voorbeeld',
	paginas: 'pagina',
	themas: 'thema',
	begrippen: 'begrip',
};

/** Fields holding ids of other entries, per collection. */
const referenceFields: Record<CollectionName, Record<string, CollectionName>> = {
	stappen: { themas: 'themas', begrippen: 'begrippen' },
	voorbeelden: { stappen: 'stappen', themas: 'themas', begrippen: 'begrippen' },
	paginas: { stappen: 'stappen', themas: 'themas', begrippen: 'begrippen' },
	themas: {},
	begrippen: { zieOok: 'begrippen' },
};

/** MDX components whose `id` attribute names an entry. */
const componentTargets: Record<string, CollectionName> = {
	Begrip: 'begrippen',
	VoorbeeldKaart: 'voorbeelden',
	StapLink: 'stappen',
};
const componentPattern = /<(Begrip|VoorbeeldKaart|StapLink)\b[^>]*?\bid=["']([^"']+)["']/g;

function where(collection: CollectionName, entry: EntryLike): string {
	return entry.filePath ?? `${collection}/${entry.id}`;
}

/** Returns one Dutch message per broken reference; empty when all is well. */
export function findBrokenReferences(site: SiteEntries): string[] {
	const known = Object.fromEntries(
		Object.entries(site).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
	) as Record<CollectionName, Set<string>>;
	const problems: string[] = [];

	for (const collection of Object.keys(referenceFields) as CollectionName[]) {
		for (const entry of site[collection]) {
			for (const [field, target] of Object.entries(referenceFields[collection])) {
				const value = entry.data[field];
				const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
				for (const ref of ids) {
					if (typeof ref !== 'string' || !known[target].has(ref)) {
						problems.push(
							`${where(collection, entry)}: veld "${field}" verwijst naar ${singular[target]} "${String(ref)}", maar die bestaat niet.`,
						);
					}
				}
			}
			for (const match of entry.body?.matchAll(componentPattern) ?? []) {
				const [, component, ref] = match;
				const target = componentTargets[component];
				if (!known[target].has(ref)) {
					problems.push(
						`${where(collection, entry)}: <${component} id="${ref}"> in de tekst verwijst naar ${singular[target]} "${ref}", maar die bestaat niet.`,
					);
				}
			}
		}
	}
	return problems;
}
