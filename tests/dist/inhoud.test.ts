import { describe, expect, it } from 'vitest';
import { fileForPath, pages } from './dist-files';
import { parse, sectionAfter, text } from './html';

/**
 * What a reader sees of the content's upkeep: when a page's facts were checked,
 * when each source was consulted, what changed, and whose list of actions a step shows.
 */
const page = (path: string) => {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`pagina ${path} ontbreekt in dist/`);
	return parse(found.html);
};
const paden = pages.map((p) => p.path);
const stappen = paden.filter((p) => /^\/stappenplan\/[^/]+\/$/.test(p));
const voorbeelden = paden.filter((p) => /^\/voorbeelden\/[^/]+\/$/.test(p) && !/\/(thema|stap|regio)\//.test(p));
const themas = ['/informele-steun/', '/big-5/', '/wetten-per-leeftijd/', '/stappenplan/'];
const MAAND = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const datum = `\\d{1,2} (${MAAND}) \\d{4}`;

describe('controledatum op elke stap, elk voorbeeld en elke themapagina', () => {
	it.each([...stappen, ...voorbeelden, ...themas])('%s', (path) => {
		const updated = page(path).querySelector('main .kb-updated');
		const regels = [...(updated?.querySelectorAll('p') ?? [])].map(text);
		expect(
			regels.some((r) => new RegExp(`^Gecontroleerd op ${datum}`).test(r) || r.startsWith('Nog niet gecontroleerd')),
			regels.join(' | '),
		).toBe(true);
		// A check date is its own line, apart from "Laatst bijgewerkt".
		expect(regels.filter((r) => new RegExp(`^Laatst bijgewerkt: ${datum}$`).test(r))).toHaveLength(1);
	});

	it('at least some pages were checked, and the check date is never in the future', () => {
		const checked = [...stappen, ...voorbeelden, ...themas]
			.map((p) => page(p).querySelector('main .kb-updated time')?.getAttribute('datetime'))
			.filter((d): d is string => Boolean(d));
		expect(checked.length).toBeGreaterThan(5);
		for (const d of checked) expect(new Date(d).getTime()).toBeLessThanOrEqual(Date.now());
	});
});

describe('de pagina Bronnen', () => {
	const doc = page('/bronnen/');
	const items = [...doc.querySelectorAll('main .kb-sourcelist li')];

	it('lists every source a content page or a moment cites, once, grouped by publisher', () => {
		expect(items.length).toBeGreaterThan(40);
		const hier = new Set(items.map((li) => li.querySelector(':scope > a')?.getAttribute('href')).filter(Boolean));
		// Regular expressions, not a DOM per page: this reads every built page.
		const elders = pages
			.filter((p) => p.path !== '/bronnen/')
			.flatMap((p) =>
				[
					...p.html.matchAll(
						/<section class="kb-sources[\s\S]*?<\/section>|<ul class="kb-moment__bronnen[\s\S]*?<\/ul>/g,
					),
				].map((m) => m[0]),
			)
			.flatMap((sectie) =>
				[...sectie.matchAll(/<li[^>]*>\s*<a href="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')),
			);
		expect(elders.length).toBeGreaterThan(40);
		expect([...new Set(elders)].filter((href) => !hier.has(href))).toEqual([]);
		expect(hier.size).toBe(items.filter((li) => li.querySelector(':scope > a')).length);
	});

	it('says per source when it was consulted, or that it was not yet, and links the pages that use it', () => {
		for (const li of items) {
			const t = text(li);
			expect(t, t).toMatch(new RegExp(`Geraadpleegd op ${datum}\\.|Nog niet opnieuw geraadpleegd\\.`));
			const gebruikt = [...li.querySelectorAll('.kb-sourcelist__meta a')].map((a) => a.getAttribute('href')!);
			expect(gebruikt.length, t).toBeGreaterThan(0);
			for (const href of gebruikt) expect(fileForPath(href), href).toBeDefined();
		}
		expect(items.some((li) => /Geraadpleegd op/.test(text(li)))).toBe(true);
	});

	it('shows the consultation date under the sources of a page too', () => {
		const bronnen = sectionAfter(page('/voorbeelden/hengelo-toekomstplannen/'), 'Bronnen');
		expect(text(bronnen)).toMatch(new RegExp(`Geraadpleegd op ${datum}`));
	});
});

describe('de pagina Wijzigingen', () => {
	const doc = page('/wijzigingen/');

	it('is linked from the footer of every page', () => {
		// A regular expression, not a DOM: this runs over every built page.
		const zonder = pages
			.filter((p) => p.html.includes('<footer'))
			.filter((p) => !/<footer[\s\S]*href="\/wijzigingen\/"[\s\S]*<\/footer>/.test(p.html))
			.map((p) => p.path);
		expect(zonder).toEqual([]);
	});

	it('lists changes newest first, each with a line of text and links to pages that exist', () => {
		const dagen = [...doc.querySelectorAll('main .kb-changes h2 time')].map((t) => t.getAttribute('datetime')!);
		expect(dagen.length).toBeGreaterThan(0);
		expect(dagen).toEqual([...dagen].sort().reverse());
		const regels = [...doc.querySelectorAll('main .kb-changes li')];
		expect(regels.length).toBeGreaterThan(3);
		for (const li of regels) {
			expect(text(li.querySelector('p')).length).toBeGreaterThan(10);
			const links = [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
			expect(links.length).toBeGreaterThan(0);
			for (const href of links) expect(fileForPath(href), href).toBeDefined();
		}
	});
});

describe('acties en resultaat bij een stap', () => {
	it.each(stappen)('%s says whose list it is', (path) => {
		const blok = page(path).querySelector('main .kb-actions')!;
		const koppen = [...blok.querySelectorAll('h2')].map(text);
		const uitleg = text(blok.querySelector('.kb-actions__note'));
		if (koppen[0] === 'Acties volgens de redactie') {
			expect(koppen[1]).toBe('Resultaat volgens de redactie');
			expect(uitleg).toMatch(/zelf gemaakt/);
		} else {
			expect(koppen).toEqual(['Acties', 'Resultaat']);
			expect(uitleg).toMatch(/^In eigen woorden, uit: NJi/);
		}
	});

	it('only a few steps show a list taken from the NJi, the rest are labelled as the editors’ own', () => {
		const vanRedactie = stappen.filter(
			(p) => text(page(p).querySelector('main .kb-actions h2')) === 'Acties volgens de redactie',
		);
		expect(vanRedactie.length).toBeGreaterThanOrEqual(stappen.length - 3);
	});
});
