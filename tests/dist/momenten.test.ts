import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { momentSchema } from '../../src/lib/content/schemas';
import { stripBegripLinks } from '../../src/lib/momenten/momenten';
import { pages } from './dist-files';
import { parse, text } from './html';

/**
 * /wetten-per-leeftijd/ is built from content/momenten: every moment must be on the page,
 * with its title, its explanation, its sources and, while a fact is unchecked, its caveat.
 * A moment that is added to the collection but not shown, or shown without sources, fails here.
 */
const dir = 'content/momenten';
const momenten = readdirSync(dir)
	.filter((f) => /^[^_].*\.ya?ml$/.test(f))
	.map((f) => ({
		id: f.replace(/\.ya?ml$/, ''),
		data: momentSchema.parse(parseYaml(readFileSync(join(dir, f), 'utf8'))),
	}));

/** Text as a reader sees it: without the hidden glossary definitions next to each term link. */
function zichtbareTekst(el: Element): string {
	const kopie = el.cloneNode(true) as Element;
	for (const verborgen of kopie.querySelectorAll('[hidden]')) verborgen.remove();
	return text(kopie);
}

const found = pages.find((p) => p.path === '/wetten-per-leeftijd/');
if (!found) throw new Error('pagina /wetten-per-leeftijd/ ontbreekt in dist/');
const doc = parse(found.html);
const main = doc.querySelector('main')!;

describe('de momenten op /wetten-per-leeftijd/', () => {
	it('the collection holds laws, practical matters and regional agreements', () => {
		const soorten = new Set(momenten.map((m) => m.data.soort));
		expect([...soorten].sort()).toEqual(['praktisch', 'regionaal', 'wet']);
	});

	describe.each(momenten)('$id', ({ id, data }) => {
		const el = main.querySelector(`[id="moment-${id}"]`);

		it('is shown with its title and explanation', () => {
			expect(el, `moment-${id} staat niet op de pagina`).not.toBeNull();
			expect(text(el!.querySelector('h3, h4'))).toBe(data.titel);
			expect(zichtbareTekst(el!)).toContain(stripBegripLinks(data.uitleg).replace(/\s+/g, ' ').trim());
		});

		it('lists every source, with a link where the source has an address', () => {
			const links = [...el!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
			for (const bron of data.bronnen) {
				if (bron.url) expect(links, bron.titel).toContain(bron.url);
				else expect(text(el)).toContain(bron.titel);
			}
		});

		it('shows what to arrange and its caveat', () => {
			const tekst = zichtbareTekst(el!);
			for (const regel of data.regelen) expect(tekst).toContain(stripBegripLinks(regel).replace(/\s+/g, ' ').trim());
			if (data.teControleren) expect(tekst).toContain('Let op, nog niet zeker');
		});

		if (data.soort === 'regionaal') {
			it('says it is a regional agreement, not a law, and whose', () => {
				expect(text(el)).toContain('Regionale afspraak, geen wet');
				expect(text(el)).toContain(data.regio!);
			});
		}
	});

	it('puts the practical matters around the 18th birthday in their own section, not in the timeline', () => {
		const tijdlijn = [...main.querySelectorAll('ol.kb-timeline > li')].map((li) => li.id);
		for (const m of momenten) {
			expect(tijdlijn.includes(`moment-${m.id}`), m.id).toBe(m.data.soort !== 'praktisch');
		}
		const koppen = [...main.querySelectorAll('h3')].map(text);
		expect(koppen).toEqual(expect.arrayContaining(['Vóór de 18e verjaardag', 'Op de 18e verjaardag']));
	});

	it('keeps the page free of JavaScript', () => {
		expect(found.html).not.toMatch(/<script\b[^>]*\bsrc=/);
		expect(found.html).not.toContain('<astro-island');
	});
});
