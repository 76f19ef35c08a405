/**
 * The five conditions of Spirit's BIG-5, in the site's own words, each with
 * the nearest domain of the NJi/VNG Big 5 (that pairing is an editorial
 * choice, see content/paginas/big-5.mdx). One source for the checklist
 * island, the print view, the summary and the list that works without
 * JavaScript.
 */

export const VOORWAARDE_IDS = ['volwassene', 'wonen', 'dagbesteding', 'inkomen', 'zorg'] as const;
export type VoorwaardeId = (typeof VOORWAARDE_IDS)[number];

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
	/** "Waar let je op": practical help for the professional, je-form. */
	letOp: string[];
	/** Ids of steps in content/stappen that help with this condition. */
	stappen: string[];
	/** Ids of practice examples in content/voorbeelden. */
	voorbeelden: string[];
}

export const VOORWAARDEN: readonly Voorwaarde[] = [
	{
		id: 'volwassene',
		nr: 1,
		titel: 'Een volwassene die blijft',
		omschrijving: 'Er is minstens één volwassene op wie de jongere kan terugvallen, ook lang nadat de hulp is gestopt.',
		domein: 'Support',
		letOp: [
			'Vraag de jongere wie er nu al is: familie, een oud-pleegouder, een buur, een mentor of een maatje.',
			'Een hulpverlener van wie de hulp binnenkort stopt, telt hier niet. Het gaat om iemand die blijft.',
			'Check of die persoon ook echt bereikbaar is en dit wil. Zo iemand kan zelf ook steun nodig hebben.',
		],
		stappen: ['investeer-in-het-sociale-netwerk', 'werk-met-een-toekomstplan'],
		voorbeelden: ['leiden-social-parents', 'hengelo-toekomstplannen'],
	},
	{
		id: 'wonen',
		nr: 2,
		titel: 'Een passende woonplek',
		omschrijving: 'De jongere heeft een plek om te wonen die past bij wat hij of zij aankan.',
		domein: 'Wonen',
		letOp: [
			'Weet je waar de jongere na de hulp woont, hoe lang dat kan en wie het regelt?',
			'Begeleid of beschermd wonen valt vanaf 18 jaar onder de Wmo. Zorg dat de aanvraag op tijd bij de gemeente ligt.',
			'Woont de jongere in een pleeggezin? Pleegzorg loopt standaard door tot 21 jaar, tenzij de jongere dat niet wil.',
		],
		stappen: ['werk-met-een-toekomstplan', 'vertaal-naar-inkoop-jeugd-en-wmo'],
		voorbeelden: ['friesland-soepele-overgang'],
	},
	{
		id: 'dagbesteding',
		nr: 3,
		titel: 'School, werk of een zinvolle dag',
		omschrijving:
			'De jongere gaat naar school, werkt of heeft overdag iets zinvols te doen, met kansen om zich verder te ontwikkelen.',
		domein: 'School & werk',
		letOp: [
			'Vraag wat de jongere overdag doet en wat hij of zij graag wil leren of doen.',
			'Vrijwilligerswerk of dagbesteding telt ook, als de jongere daarin verder kan groeien.',
			'Let op momenten waarop iets stopt, zoals het einde van een opleiding, stage of contract. Wie helpt dan verder?',
		],
		stappen: ['formuleer-een-gezamenlijke-ambitie', 'werk-met-een-toekomstplan'],
		voorbeelden: ['hengelo-toekomstplannen', 'spirit-big-5'],
	},
	{
		id: 'inkomen',
		nr: 4,
		titel: 'Genoeg inkomen',
		omschrijving: 'De jongere heeft genoeg geld om van te leven.',
		domein: 'Inkomen',
		letOp: [
			'Zet samen op een rij wat er vanaf 18 jaar binnenkomt en wat er uitgaat.',
			'Vanaf 18 jaar heeft de jongere een eigen zorgverzekering nodig. Zorgtoeslag kan helpen.',
			'Vraagt de jongere een uitkering aan? Tot 27 jaar geldt eerst een zoekperiode van vier weken. Vraag de gemeente of die voor deze jongere kan vervallen.',
		],
		stappen: ['werk-met-een-toekomstplan', 'vertaal-naar-inkoop-jeugd-en-wmo'],
		voorbeelden: ['friesland-soepele-overgang'],
	},
	{
		id: 'zorg',
		nr: 5,
		titel: 'Zorg tot 27 als dat nodig is',
		omschrijving: 'Heeft de jongere hulp of zorg nodig, dan is die er tot hij of zij 27 jaar is.',
		domein: 'Welzijn',
		domeinToelichting:
			'Spirit spreekt van zorg tot 27 jaar. De Big 5 spreekt van welzijn: dat is breder dan zorg en noemt geen leeftijd.',
		letOp: [
			'Bespreek welke hulp de jongere na 18 jaar nog nodig heeft en wie die dan geeft.',
			'Vanaf 18 jaar valt de ggz onder de zorgverzekering. Door het eigen risico zien sommige jongeren van hulp af.',
			'Jeugdhulp kan in sommige gevallen doorlopen tot 23 jaar (verlengde jeugdhulp).',
			'Weet de jongere bij wie hij of zij terechtkan als het minder goed gaat?',
		],
		stappen: ['vertaal-naar-inkoop-jeugd-en-wmo', 'werk-met-een-toekomstplan'],
		voorbeelden: ['spirit-big-5', 'friesland-soepele-overgang'],
	},
];

export function stapUrl(id: string): string {
	return `/stappenplan/${id}/`;
}

export function voorbeeldUrl(id: string): string {
	return `/voorbeelden/${id}/`;
}
