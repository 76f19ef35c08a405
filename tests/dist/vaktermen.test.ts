import { describe, expect, it } from 'vitest';
import { pages } from './dist-files';
import { parse, text } from './html';

/**
 * Jargon and abbreviations, checked on the built pages as a reader meets them:
 * the first time a page uses one of these words, it links to its entry in the
 * glossary (/begrippen/) or explains it in the same sentence. A word without a
 * glossary entry can only pass by being explained. Add every new term or
 * abbreviation here.
 *
 * `voluit`: what counts as an explanation in the sentence itself (for an
 * abbreviation: the words it stands for). Without it, only a glossary link counts.
 * A glossary link counts when it points to an entry whose term or "ook" names
 * match `patroon`, so the entry's id may be chosen freely.
 */
interface Vakterm {
	term: string;
	patroon: RegExp;
	voluit?: RegExp;
}

const vaktermen: Vakterm[] = [
	// Named in issue 11 and in the contract for the inhoud branch.
	{ term: 'doorstroomcoach', patroon: /\bdoorstroomcoach(es)?\b/i },
	{ term: 'doorstroomconsulent', patroon: /\bdoorstroomconsulent(en)?\b/i },
	{ term: 'jongerenloket', patroon: /\bjongerenloket(ten)?\b/i },
	{ term: 'leerwerktraject', patroon: /\bleerwerktraject(en)?\b/i },
	{ term: 'ketenpartner', patroon: /\bketenpartners?\b/i },
	{ term: 'dagbesteding', patroon: /\bdagbesteding\b/i },
	{ term: 'casus', patroon: /\bcasus\b/i },
	{ term: 'jeugdreclassering', patroon: /\bjeugdreclassering\b/i },
	{ term: 'jeugdbescherming', patroon: /\bjeugdbescherming\b/i },
	{ term: 'ambulant', patroon: /\bambulante?\b/i },
	{ term: 'supervisie', patroon: /\bsupervisie\b/i },
	{ term: 'intervisie', patroon: /\bintervisie\b/i },
	{ term: 'ggz', patroon: /\bggz\b/i, voluit: /geestelijke gezondheidszorg/i },
	{ term: 'MEE', patroon: /\bMEE\b/ },
	{ term: 'GGD', patroon: /\bGGD('en)?\b/, voluit: /gemeentelijke gezondheidsdienst/i },
	{ term: 'VWS', patroon: /\bVWS\b/, voluit: /Volksgezondheid, Welzijn en Sport/ },
	{ term: 'SMART', patroon: /\bSMART\b/ },
	{ term: 'JIM', patroon: /\bJIM('s)?\b/, voluit: /Jouw Ingebrachte Mentor/i },
	{ term: 'RMC', patroon: /\bRMC\b/, voluit: /Regionale Meld- en Coördinatiefunctie/i },
	{ term: 'Wmo', patroon: /\bWmo\b/, voluit: /Wet maatschappelijke ondersteuning/i },
	{ term: 'Zvw', patroon: /\bZvw\b/, voluit: /Zorgverzekeringswet/i },
	{ term: 'lvb', patroon: /\blvb\b/i, voluit: /licht verstandelijke beperking/i },
	{ term: 'BPSW', patroon: /\bBPSW\b/, voluit: /Beroepsvereniging van Professionals in Sociaal Werk/i },
	{ term: 'NIP', patroon: /\bNIP\b/, voluit: /Nederlands Instituut van Psychologen/i },
	{ term: 'NVO', patroon: /\bNVO\b/, voluit: /Nederlandse Vereniging van Pedagogen en Onderwijskundigen/i },
	// Terms of the laws by age (their glossary entries come from the wetten branch).
	{ term: 'kostendelersnorm', patroon: /\bkostendelersnorm\b/i },
	{ term: 'jongerennorm', patroon: /\bjongerennorm\b/i },
	{ term: 'gesloten jeugdhulp', patroon: /\bgesloten jeugdhulp\b/i },
	{ term: 'verlengde jeugdhulp', patroon: /\bverlengde jeugdhulp\b/i },
	{ term: 'Wlz', patroon: /\bWlz\b/, voluit: /Wet langdurige zorg/i },
	{ term: 'zorgtoeslag', patroon: /\bzorgtoeslag\b/i },
	{ term: 'eigen risico', patroon: /\beigen risico\b/i },
	{ term: 'DigiD', patroon: /\bDigiD\b/ },
	{ term: 'kinderbijslag', patroon: /\bkinderbijslag\b/i },
	{ term: 'kindgebonden budget', patroon: /\bkindgebonden budget\b/i },
	{ term: 'tegemoetkoming scholieren', patroon: /\btegemoetkoming scholieren\b/i },
	{ term: 'studiefinanciering', patroon: /\bstudiefinanciering\b/i },
	{ term: 'huurtoeslag', patroon: /\bhuurtoeslag\b/i },
	{ term: 'woningzoekende', patroon: /\bwoningzoekenden?\b/i },
	{ term: 'beschermingsbewind', patroon: /\bbeschermingsbewind\b/i },
	{ term: 'mentorschap', patroon: /\bmentorschap\b/i },
	{ term: 'curatele', patroon: /\bcuratele\b/i },
];

/** Pages whose text is content: steps, examples, themes and info pages, overviews. Tools and trainer pages are not. */
const inhoudPaden = pages
	.map((p) => p.path)
	.filter(
		(p) =>
			/^\/(stappenplan|voorbeelden)\/([a-z0-9-]+\/)?$/.test(p) ||
			['/', '/informele-steun/', '/big-5/', '/wetten-per-leeftijd/', '/over/', '/wijzigingen/'].includes(p),
	);

const BLOK = /^(P|LI|H[1-6]|DT|DD|TD|TH|CAPTION|BLOCKQUOTE|FIGCAPTION|SUMMARY|DIV|SECTION|ASIDE|OL|UL|DL|TABLE|TR)$/;

/**
 * The page's readable text with, per character, the glossary entry it links to
 * (if any). Blocks are separated by a newline so a sentence never runs across
 * two paragraphs. Hidden elements, navigation and the source list are left out:
 * they are not prose a reader needs explained.
 */
function leesTekst(doc: Document): { tekst: string; link: (string | undefined)[] } {
	const main = doc.querySelector('main')!;
	// Not prose: hidden text, navigation, the source list, headings (no links belong in a heading) and
	// link texts that lead to another page (a step title in a list). The BIG-5 tool's own tips
	// (src/lib/big5/tips.ts) and islands belong to the tool, not to the content.
	for (const el of main.querySelectorAll(
		'[hidden], nav, script, style, .kb-sources, .kb-moment__bronnen, .sr-only, h1, h2, h3, h4, h5, h6, astro-island, .big5-uitleg',
	))
		el.remove();
	for (const a of main.querySelectorAll('a:not([href^="/begrippen/#"])')) a.remove();
	let tekst = '';
	const link: (string | undefined)[] = [];
	const walk = (node: Node) => {
		if (node.nodeType === 3) {
			const waarde = (node.textContent ?? '').replace(/\s+/g, ' ');
			const a = (node.parentElement as Element | null)?.closest('a[href^="/begrippen/#"]');
			const id = a?.getAttribute('href')?.slice('/begrippen/#'.length);
			tekst += waarde;
			for (let i = 0; i < waarde.length; i++) link.push(id);
			return;
		}
		if (node.nodeType !== 1) return;
		const blok = BLOK.test((node as Element).tagName);
		if (blok) {
			tekst += '\n';
			link.push(undefined);
		}
		for (const kind of node.childNodes) walk(kind);
		if (blok) {
			tekst += '\n';
			link.push(undefined);
		}
	};
	walk(main);
	return { tekst, link };
}

/** The sentence around position `i`: from the last . ! ? or block break before it to the next one. */
function zinRond(tekst: string, i: number): string {
	let start = i;
	while (start > 0 && !/[.!?\n]/.test(tekst[start - 1])) start--;
	let eind = i;
	while (eind < tekst.length && !/[.!?\n]/.test(tekst[eind])) eind++;
	return tekst.slice(start, eind + 1).trim();
}

/** Glossary entries as the reader sees them: id, term and the "ook" names. */
const begrippen = (() => {
	const page = pages.find((p) => p.path === '/begrippen/');
	if (!page) throw new Error('pagina /begrippen/ ontbreekt in dist/');
	const doc = parse(page.html);
	return [...doc.querySelectorAll('main dl.kb-glossary > div[id]')].map((div) => ({
		id: div.id,
		namen: text(div.querySelector('dt')),
	}));
})();

const entriesVoor = (v: Vakterm) => begrippen.filter((b) => v.patroon.test(b.namen)).map((b) => b.id);

describe('vaktermen en afkortingen', () => {
	it('reads the glossary and the content pages it should check', () => {
		expect(begrippen.length).toBeGreaterThan(25);
		expect(inhoudPaden.length).toBeGreaterThan(20);
	});

	describe.each(inhoudPaden)('%s', (path) => {
		const { tekst, link } = leesTekst(parse(pages.find((p) => p.path === path)!.html));

		it('links or explains every term and abbreviation the first time it is used', () => {
			const problemen: string[] = [];
			for (const v of vaktermen) {
				const match = new RegExp(v.patroon.source, v.patroon.flags.replace('g', '')).exec(tekst);
				if (!match) continue;
				const ids = entriesVoor(v);
				const gelinkt = link[match.index] !== undefined && ids.includes(link[match.index]!);
				const zin = zinRond(tekst, match.index);
				const uitgelegd = v.voluit?.test(zin) ?? false;
				if (!gelinkt && !uitgelegd) {
					problemen.push(
						`"${match[0]}" voor het eerst in: «${zin}». ` +
							(ids.length
								? `Link het met <Begrip id="${ids[0]}">`
								: 'Voeg een begrip toe aan content/begrippen.yaml en link het') +
							(v.voluit ? ' of schrijf het in dezelfde zin voluit.' : '.'),
					);
				}
			}
			expect(problemen).toEqual([]);
		});
	});
});
