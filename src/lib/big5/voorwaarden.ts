import type { VoorwaardeId } from './definition';

/**
 * The five conditions of Spirit's BIG-5, in the site's own words, each with
 * the nearest domain of the NJi/VNG Big 5 (that pairing is an editorial
 * choice, see content/paginas/big-5.mdx). One source for the checklist
 * island, the print view, the summary and the list that works without
 * JavaScript. The longer help per condition lives in `./tips.ts`, which
 * only the server-rendered page imports: it keeps the island small.
 */

export interface Voorwaarde {
	id: VoorwaardeId;
	nr: number;
	/** Short name, used as fieldset legend and in the summary. */
	titel: string;
	/** The condition in one sentence. */
	omschrijving: string;
	/** Nearest domain of the NJi/VNG Big 5. */
	domein: 'Support' | 'Wonen' | 'School & werk' | 'Inkomen' | 'Welzijn';
	/** Only where Spirit's condition and the Big 5 domain differ. */
	domeinToelichting?: string;
}

export const VOORWAARDEN: readonly Voorwaarde[] = [
	{
		id: 'volwassene',
		nr: 1,
		titel: 'Een volwassene die blijft',
		omschrijving: 'Er is minstens één volwassene op wie de jongere kan terugvallen, ook lang nadat de hulp is gestopt.',
		domein: 'Support',
	},
	{
		id: 'wonen',
		nr: 2,
		titel: 'Een passende woonplek',
		omschrijving: 'De jongere heeft een plek om te wonen die past bij wat hij of zij aankan.',
		domein: 'Wonen',
	},
	{
		id: 'dagbesteding',
		nr: 3,
		titel: 'School, werk of een zinvolle dag',
		omschrijving:
			'De jongere gaat naar school, werkt of heeft overdag iets zinvols te doen, met kansen om zich verder te ontwikkelen.',
		domein: 'School & werk',
	},
	{
		id: 'inkomen',
		nr: 4,
		titel: 'Genoeg inkomen',
		omschrijving: 'De jongere heeft genoeg geld om van te leven.',
		domein: 'Inkomen',
	},
	{
		id: 'zorg',
		nr: 5,
		titel: 'Zorg tot 27 als dat nodig is',
		omschrijving: 'Heeft de jongere hulp of zorg nodig, dan is die er tot hij of zij 27 jaar is.',
		domein: 'Welzijn',
		domeinToelichting:
			'Spirit spreekt van zorg tot 27 jaar. De Big 5 spreekt van welzijn: dat is breder dan zorg en noemt geen leeftijd.',
	},
];
