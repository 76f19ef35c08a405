import { describe, expect, it } from 'vitest';
import { begripRecords } from '../../../src/lib/search/begrippen';

const page = `<main><section data-pagefind-ignore><h2 id="letter-V">V</h2><dl>
<div id="verlengde-jeugdhulp" data-begrip="Verlengde jeugdhulp" data-astro-cid-x> <dt><dfn data-pagefind-weight="10">Verlengde jeugdhulp</dfn></dt><dd><p>Jeugdhulp na de 18e verjaardag.</p></dd></div>
<div data-astro-cid-x id="wmo" data-begrip="Wmo &amp; Wlz"><dt><dfn>Wmo</dfn></dt><dd><p>De Wet maatschappelijke ondersteuning.</p></dd></div>
</dl></section></main>`;

describe('begripRecords', () => {
	it('makes one record per entry, at the address of the entry on the glossary page', () => {
		const records = begripRecords(page);
		expect(records.map((r) => r.url)).toEqual(['/begrippen/#verlengde-jeugdhulp', '/begrippen/#wmo']);
	});

	it('gives each record the term as title, the kind Begrip, and only the text of its own entry', () => {
		const [first, second] = begripRecords(page);
		expect(first.html).toContain('data-pagefind-body');
		expect(first.html).toContain('data-pagefind-meta="title">Verlengde jeugdhulp</span>');
		expect(first.html).toContain('data-pagefind-filter="soort">Begrip</span>');
		expect(first.html).toContain('Jeugdhulp na de 18e verjaardag.');
		expect(first.html).not.toContain('Wet maatschappelijke ondersteuning');
		// The page escaped the term once; the record keeps it escaped, not escaped twice.
		expect(second.html).toContain('>Wmo &amp; Wlz</span>');
	});

	it('finds nothing in a page without entries', () => {
		expect(begripRecords('<main><p>Geen begrippen</p></main>')).toEqual([]);
	});
});
