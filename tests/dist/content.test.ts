import { describe, expect, it } from 'vitest';
import { pages } from './dist-files';
import { parse, sectionAfter, text } from './html';

/**
 * The content rules of the knowledge base, checked on the built pages as a
 * reader sees them: a complete stappenplan, linked examples, sources everywhere.
 */
const page = (path: string) => {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`pagina ${path} ontbreekt in dist/`);
	return parse(found.html);
};
const stepPaths = pages.map((p) => p.path).filter((p) => /^\/stappenplan\/[^/]+\/$/.test(p));
const examplePaths = pages.map((p) => p.path).filter((p) => /^\/voorbeelden\/[^/]+\/$/.test(p));

describe('het stappenplan', () => {
	const overview = page('/stappenplan/');
	const plan = overview.querySelector('main .kb-plan')!;
	const stepLinks = [...plan.querySelectorAll('ol li a')].filter((a) =>
		/^\/stappenplan\/[^/]+\/$/.test(a.getAttribute('href')!),
	);

	it('has 11 steps in 3 phases, listed in order', () => {
		expect(stepLinks).toHaveLength(11);
		expect([...plan.querySelectorAll('h3')].map(text).filter((t) => t.startsWith('Fase'))).toHaveLength(3);
		const numbers = [...plan.querySelectorAll('ol li')].map((li) => Number(li.getAttribute('value')));
		expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(stepPaths).toHaveLength(11);
	});

	it('says the phase grouping is the site’s own choice', () => {
		expect(text(overview.querySelector('main'))).toMatch(/fasen?.{0,200}(eigen|keuze van|redactie)/i);
	});

	describe.each(stepPaths)('%s', (path) => {
		const doc = page(path);
		it('has every section, none of them empty', () => {
			expect(text(doc.querySelector('main .kb-lead')).length).toBeGreaterThan(20);
			expect(text(sectionAfter(doc, 'Waarom deze stap')).length, 'Waarom deze stap').toBeGreaterThan(80);
			// Headings say "volgens de redactie" where the list is the editors' own, not an NJi block.
			const acties = sectionAfter(doc, 'Acties') ?? sectionAfter(doc, 'Acties volgens de redactie');
			const resultaat = sectionAfter(doc, 'Resultaat') ?? sectionAfter(doc, 'Resultaat volgens de redactie');
			expect(acties?.querySelectorAll('li').length ?? 0).toBeGreaterThanOrEqual(2);
			expect(text(resultaat).length).toBeGreaterThan(10);
			const questions = sectionAfter(doc, 'Gespreksvragen')?.querySelectorAll('li').length ?? 0;
			expect(questions).toBeGreaterThanOrEqual(3);
			expect(questions).toBeLessThanOrEqual(5);
			expect(sectionAfter(doc, 'Bronnen')?.querySelectorAll('li').length ?? 0).toBeGreaterThan(0);
			expect(text(doc.querySelector('main')), 'Laatst bijgewerkt').toContain('Laatst bijgewerkt');
		});

		it('summarises the step in at most two sentences', () => {
			const summary = text(doc.querySelector('main .kb-lead'));
			expect(summary.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length).toBeLessThanOrEqual(2);
		});
	});
});

describe('de praktijkvoorbeelden', () => {
	it('are at least 9', () => {
		expect(examplePaths.length).toBeGreaterThanOrEqual(9);
	});

	describe.each(examplePaths)('%s', (path) => {
		const doc = page(path);
		const linkedSteps = [...(sectionAfter(doc, 'Past bij')?.querySelectorAll('a') ?? [])]
			.map((a) => a.getAttribute('href')!)
			.filter((href) => /^\/stappenplan\/[^/]+\/$/.test(href));

		it('names at least one step, and each of those steps links back', () => {
			expect(linkedSteps.length).toBeGreaterThan(0);
			for (const step of new Set(linkedSteps)) {
				const examplesOnStep = [...page(step).querySelectorAll('main a')].map((a) => a.getAttribute('href'));
				expect(examplesOnStep, `${step} linkt niet terug naar ${path}`).toContain(path);
			}
		});

		it('says who, where, for whom and at what age, and lists its sources', () => {
			const facts = [...doc.querySelectorAll('main dl.kb-facts dt')].map(text);
			expect(facts).toEqual(expect.arrayContaining(['Wie', 'Waar', 'Doelgroep', 'Leeftijd', 'Jaar']));
			expect(sectionAfter(doc, 'Bronnen')?.querySelectorAll('li').length ?? 0).toBeGreaterThan(0);
		});
	});
});

describe('thema- en infopagina’s', () => {
	it.each(['/informele-steun/', '/big-5/', '/wetten-per-leeftijd/', '/bronnen/'])('%s lists its sources', (path) => {
		const doc = page(path);
		const sources = sectionAfter(doc, 'Bronnen')?.querySelectorAll('li').length ?? 0;
		const links = doc.querySelectorAll('main a[href^="http"]').length;
		expect(sources + links).toBeGreaterThan(0);
	});

	it('the laws page has a peildatum and a timeline in age order', () => {
		const doc = page('/wetten-per-leeftijd/');
		expect(text(doc.querySelector('main'))).toMatch(/peildatum/i);
		const moments = [...doc.querySelectorAll('main ol.kb-timeline > li .kb-timeline__moment')].map(text);
		expect(moments.length).toBeGreaterThanOrEqual(6);
		// "16,5 jaar", "17 jaar en 10 maanden", "18–21 jaar": the moment a period starts.
		const ages = moments.map((m) => {
			const [, jaren, maanden] = m.replace(',', '.').match(/(\d+(?:\.\d+)?)(?:\D+(\d+) maanden)?/)!;
			return Number(jaren) + (maanden ? Number(maanden) / 12 : 0);
		});
		expect(ages).toEqual([...ages].sort((a, b) => a - b));
	});
});

describe('de begrippenlijst', () => {
	const doc = page('/begrippen/');
	const terms = [...doc.querySelectorAll('main dl.kb-glossary > div[id]')];

	it('explains at least 25 terms, each with a definition', () => {
		expect(terms.length).toBeGreaterThanOrEqual(25);
		for (const term of terms) expect(text(term.querySelector('dd')).length, term.id).toBeGreaterThan(20);
	});

	it('every term used on a page links to a definition that exists', () => {
		const ids = new Set(terms.map((t) => t.id));
		const used = pages.flatMap((p) => [...p.html.matchAll(/href="\/begrippen\/#([^"]+)"/g)].map((m) => m[1]));
		expect(used.length).toBeGreaterThan(10);
		expect([...new Set(used)].filter((id) => !ids.has(id))).toEqual([]);
	});
});

describe('geen lege secties', () => {
	it.each(pages.filter((p) => p.html.includes('data-pagefind-body')).map((p) => p.path))('%s', (path) => {
		const doc = page(path);
		const empty = [...doc.querySelectorAll('main h2, main h3')]
			.filter((h) => !h.closest('[hidden]'))
			.filter((h) => {
				const next = h.nextElementSibling;
				if (!next) return h.parentElement?.children.length === 1;
				// A heading directly followed by a heading of the same or a higher level has no content.
				return /^H[1-6]$/.test(next.tagName) && Number(next.tagName[1]) <= Number(h.tagName[1]);
			})
			.map(text);
		expect(empty).toEqual([]);
	});
});
