import type { VoorwaardeId } from './definition';

/**
 * Help per condition for the page's "waar let je op" list (server-rendered,
 * so it costs the checklist island no bytes). Facts rest on
 * shared/reference/inhoud-feiten.md: Wmo from 18, pleegzorg tot 21,
 * Zvw and eigen risico from 18, the four-week search period in the
 * Participatiewet up to 27, verlengde jeugdhulp up to 23.
 */
export interface Tips {
	/** "Waar let je op": practical points for the professional, je-form. */
	letOp: string[];
	/** Ids of steps in content/stappen that help with this condition. */
	stappen: string[];
	/** Ids of practice examples in content/voorbeelden. */
	voorbeelden: string[];
}

export const TIPS: Record<VoorwaardeId, Tips> = {
	volwassene: {
		letOp: [
			'Vraag de jongere wie er nu al is: familie, een oud-pleegouder, een buur, een mentor of een maatje.',
			'Een hulpverlener van wie de hulp binnenkort stopt, telt hier niet. Het gaat om iemand die blijft.',
			'Check of die persoon ook echt bereikbaar is en dit wil. Zo iemand kan zelf ook steun nodig hebben.',
		],
		stappen: ['investeer-in-het-sociale-netwerk', 'werk-met-een-toekomstplan'],
		voorbeelden: ['leiden-social-parents', 'hengelo-toekomstplannen'],
	},
	wonen: {
		letOp: [
			'Weet je waar de jongere na de hulp woont, hoe lang dat kan en wie het regelt?',
			'Begeleid of beschermd wonen valt vanaf 18 jaar onder de Wmo. Zorg dat de aanvraag op tijd bij de gemeente ligt.',
			'Woont de jongere in een pleeggezin? Pleegzorg loopt standaard door tot 21 jaar, tenzij de jongere dat niet wil.',
		],
		stappen: ['werk-met-een-toekomstplan', 'vertaal-naar-inkoop-jeugd-en-wmo'],
		voorbeelden: ['friesland-soepele-overgang'],
	},
	dagbesteding: {
		letOp: [
			'Vraag wat de jongere overdag doet en wat hij of zij graag wil leren of doen.',
			'Vrijwilligerswerk of dagbesteding telt ook, als de jongere daarin verder kan groeien.',
			'Let op momenten waarop iets stopt, zoals het einde van een opleiding, stage of contract. Wie helpt dan verder?',
		],
		stappen: ['formuleer-een-gezamenlijke-ambitie', 'werk-met-een-toekomstplan'],
		voorbeelden: ['hengelo-toekomstplannen', 'spirit-big-5'],
	},
	inkomen: {
		letOp: [
			'Zet samen op een rij wat er vanaf 18 jaar binnenkomt en wat er uitgaat.',
			'Vanaf 18 jaar heeft de jongere een eigen zorgverzekering nodig. Zorgtoeslag kan helpen.',
			'Vraagt de jongere een uitkering aan? Tot 27 jaar geldt eerst een zoekperiode van vier weken. Vraag de gemeente of die voor deze jongere kan vervallen.',
		],
		stappen: ['werk-met-een-toekomstplan', 'pak-de-beleidsruimte'],
		voorbeelden: ['friesland-soepele-overgang'],
	},
	zorg: {
		letOp: [
			'Bespreek welke hulp de jongere na 18 jaar nog nodig heeft en wie die dan geeft.',
			'Vanaf 18 jaar valt de ggz onder de zorgverzekering. Door het eigen risico zien sommige jongeren van hulp af.',
			'Jeugdhulp kan in sommige gevallen doorlopen tot 23 jaar (verlengde jeugdhulp).',
			'Weet de jongere bij wie hij of zij terechtkan als het minder goed gaat?',
		],
		stappen: ['vertaal-naar-inkoop-jeugd-en-wmo', 'pak-de-beleidsruimte'],
		voorbeelden: ['spirit-big-5', 'friesland-soepele-overgang'],
	},
};
