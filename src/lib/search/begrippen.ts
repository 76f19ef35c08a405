/**
 * Glossary entries as search results of their own. The glossary is one page
 * (/begrippen/), but a reader who searches a term should get that term and its
 * definition, linked to /begrippen/#<id>, not a long page with 35 entries. The
 * page marks each entry with `data-begrip="<term>"` (and keeps it out of its
 * own index record); this cuts the built page into one small HTML document per
 * entry, which the Pagefind integration indexes under the entry's address.
 */
export interface BegripRecord {
	url: string;
	html: string;
}

/** Every element `<div id="…" data-begrip="…">…</div>` (entries contain no nested div). */
const entryPattern = /<div\b([^>]*\bdata-begrip="[^"]*"[^>]*)>([\s\S]*?)<\/div>/g;

export function begripRecords(pageHtml: string, pagePath = '/begrippen/'): BegripRecord[] {
	return [...pageHtml.matchAll(entryPattern)].map(([, attributes, inner]) => {
		const id = /\bid="([^"]+)"/.exec(attributes)?.[1];
		const term = /\bdata-begrip="([^"]*)"/.exec(attributes)?.[1];
		if (!id || !term) throw new Error(`Begrip zonder id of term in ${pagePath}: <div${attributes}>`);
		// Attribute values and text come from the built page, so they are HTML-escaped already.
		const html =
			`<!doctype html><html lang="nl"><head><title>${term}</title></head><body><main data-pagefind-body>` +
			`<span hidden data-pagefind-ignore data-pagefind-meta="title">${term}</span>` +
			'<span hidden data-pagefind-ignore data-pagefind-meta="soort" data-pagefind-filter="soort">Begrip</span>' +
			`${inner}</main></body></html>`;
		return { url: `${pagePath}#${id}`, html };
	});
}
