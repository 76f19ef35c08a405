import { count } from '../format';
import { formatList } from './namen';

/**
 * The netwerkkaart of one young person: who is there, how close, what kind
 * of support they give and whether they stay after 18. The four kinds of
 * support are those of the ecogram (NJi instrumentwijzer): praktisch,
 * gezelschap, advies of informatie, emotioneel.
 *
 * A person is named by role or first name only ("moeder", "Sam",
 * "mentor school"): the form says so, and nothing here needs more.
 */

export const RELATIES = ['familie', 'vrienden', 'school-werk-buurt', 'vrijwilliger', 'professional'] as const;
export type Relatie = (typeof RELATIES)[number];

export const STEUNSOORTEN = ['praktisch', 'gezelschap', 'advies', 'emotioneel'] as const;
export type Steunsoort = (typeof STEUNSOORTEN)[number];

/** Whether someone is still there after the 18th birthday, when youth care stops. */
export const BLIJFT = ['ja', 'nee', 'weet-niet'] as const;
export type Blijft = (typeof BLIJFT)[number];

/** 1 is the inner ring (closest), 3 the outer one. */
export const RINGEN = [1, 2, 3] as const;
export type Ring = (typeof RINGEN)[number];

export interface Persoon {
	/** Internal id, unique within one young person's network. */
	id: string;
	/** Role or first name, never a full name. */
	naam: string;
	relatie: Relatie;
	ring: Ring;
	/** Kinds of support, in the order of STEUNSOORTEN, without duplicates. */
	steun: Steunsoort[];
	blijft: Blijft;
	/** Marked as (one of) the young person's vaste volwassene(n): see begrippen, id `vaste-volwassene`. */
	vasteVolwassene: boolean;
	notitie: string;
}

export const MAX_NAAM = 60;
export const MAX_NOTITIE = 500;
/** A network drawing stays readable up to about this many people; the table has no limit of its own. */
export const MAX_PERSONEN = 50;

export const RELATIE_LABELS: Record<Relatie, string> = {
	familie: 'Familie',
	vrienden: 'Vrienden',
	'school-werk-buurt': 'School, werk of buurt',
	vrijwilliger: 'Vrijwilliger, zoals maatje of mentor',
	professional: 'Professional',
};

/** Plural and lower case, for sentences: "3 van de 5 mensen stoppen bij 18 (professionals)". */
export const RELATIE_MEERVOUD: Record<Relatie, [een: string, meer: string]> = {
	familie: ['familielid', 'familieleden'],
	vrienden: ['vriend of vriendin', 'vrienden'],
	'school-werk-buurt': ['iemand van school, werk of buurt', 'mensen van school, werk of buurt'],
	vrijwilliger: ['vrijwilliger', 'vrijwilligers'],
	professional: ['professional', 'professionals'],
};

export const STEUN_LABELS: Record<Steunsoort, string> = {
	praktisch: 'Praktische hulp',
	gezelschap: 'Gezelschap',
	advies: 'Advies of informatie',
	emotioneel: 'Emotionele steun',
};

export const BLIJFT_LABELS: Record<Blijft, string> = {
	ja: 'Ja',
	nee: 'Nee',
	'weet-niet': 'Weet nog niet',
};

export const RING_LABELS: Record<Ring, string> = {
	1: 'Heel dichtbij',
	2: 'Dichtbij',
	3: 'Verder weg',
};

export function newPersoon(id: string, naam: string): Persoon {
	return {
		id,
		naam: naam.trim(),
		relatie: 'familie',
		ring: 1,
		steun: [],
		blijft: 'weet-niet',
		vasteVolwassene: false,
		notitie: '',
	};
}

/** Why a name cannot be used, or null when it can. */
export function naamProbleem(naam: string): string | null {
	const schoon = naam.trim();
	if (!schoon) return 'Vul een rol of voornaam in, bijvoorbeeld "moeder" of "mentor".';
	if (schoon.length > MAX_NAAM) return `Gebruik hoogstens ${MAX_NAAM} tekens.`;
	return null;
}

/** Kinds of support in their fixed order, each once. */
export function normalizeSteun(steun: readonly Steunsoort[]): Steunsoort[] {
	return STEUNSOORTEN.filter((s) => steun.includes(s));
}

export function addPersoon(netwerk: readonly Persoon[], persoon: Persoon): Persoon[] {
	return [...netwerk, { ...persoon, naam: persoon.naam.trim(), steun: normalizeSteun(persoon.steun) }];
}

export function updatePersoon(
	netwerk: readonly Persoon[],
	id: string,
	change: Partial<Omit<Persoon, 'id'>>,
): Persoon[] {
	return netwerk.map((p) => {
		if (p.id !== id) return p;
		const next = { ...p, ...change };
		if (change.naam !== undefined) next.naam = change.naam.trim();
		if (change.steun) next.steun = normalizeSteun(change.steun);
		return next;
	});
}

/** Remove a person; returns what "Ongedaan maken" needs to put them back in place. */
export function removePersoon(
	netwerk: readonly Persoon[],
	id: string,
): { netwerk: Persoon[]; removed: { persoon: Persoon; index: number } | null } {
	const index = netwerk.findIndex((p) => p.id === id);
	const persoon = netwerk[index];
	if (!persoon) return { netwerk: [...netwerk], removed: null };
	return { netwerk: netwerk.filter((p) => p.id !== id), removed: { persoon, index } };
}

export function restorePersoon(netwerk: readonly Persoon[], removed: { persoon: Persoon; index: number }): Persoon[] {
	if (netwerk.some((p) => p.id === removed.persoon.id)) return [...netwerk];
	const next = [...netwerk];
	next.splice(Math.min(removed.index, next.length), 0, removed.persoon);
	return next;
}

/** The people marked as vaste volwassene, in network order. */
export function vasteVolwassenen(netwerk: readonly Persoon[]): Persoon[] {
	return netwerk.filter((p) => p.vasteVolwassene);
}

/**
 * A marked vaste volwassene counts only while they stay: Spirit's condition
 * asks for an adult who is available for the long term, so someone who stops
 * at 18 (a youth-care worker whose help ends, for instance) does not count.
 * "Weet nog niet" counts, with a question to ask.
 */
export function telt(p: Persoon): boolean {
	return p.vasteVolwassene && p.blijft !== 'nee';
}

export type HiaatId =
	| 'leeg'
	| 'geen-vaste-volwassene'
	| 'vaste-volwassene-stopt'
	| 'vaste-volwassene-onzeker'
	| `geen-${Steunsoort}`
	| 'stoppen-bij-18'
	| 'onbekend-of-blijft';

export interface Hiaat {
	id: HiaatId;
	/** One sentence for the professional, in the form the issue and the BIG-5 use. */
	tekst: string;
	/** A gap that needs action, or a question still open. */
	soort: 'hiaat' | 'vraag';
}

/** The kinds of support named in the gap lines, lower case inside a sentence. */
const STEUN_IN_ZIN: Record<Steunsoort, string> = {
	praktisch: 'praktische hulp',
	gezelschap: 'gezelschap',
	advies: 'advies of informatie',
	emotioneel: 'emotionele steun',
};

/**
 * What is missing in a network, in words. Order: the vaste volwassene first
 * (BIG-5 condition 1), then support that nobody gives, then who stops at 18.
 */
export function findHiaten(netwerk: readonly Persoon[]): Hiaat[] {
	if (netwerk.length === 0) {
		return [{ id: 'leeg', soort: 'hiaat', tekst: 'Er staat nog niemand in de netwerkkaart.' }];
	}
	const hiaten: Hiaat[] = [];
	const vast = vasteVolwassenen(netwerk);
	if (vast.length === 0) {
		hiaten.push({ id: 'geen-vaste-volwassene', soort: 'hiaat', tekst: 'Nog geen vaste volwassene.' });
	} else if (!vast.some(telt)) {
		const namen = formatList(vast.map((p) => p.naam));
		hiaten.push({
			id: 'vaste-volwassene-stopt',
			soort: 'hiaat',
			tekst: `Nog geen vaste volwassene die blijft: ${namen} ${vast.length === 1 ? 'stopt' : 'stoppen'} bij 18.`,
		});
	}
	const onzeker = vast.filter((p) => p.blijft === 'weet-niet');
	if (onzeker.length > 0) {
		hiaten.push({
			id: 'vaste-volwassene-onzeker',
			soort: 'vraag',
			tekst: `Nog niet bekend of ${formatList(onzeker.map((p) => p.naam))} na 18 ${onzeker.length === 1 ? 'blijft' : 'blijven'}.`,
		});
	}

	for (const soort of ['emotioneel', 'praktisch', 'advies', 'gezelschap'] as const) {
		const wie = netwerk.filter((p) => p.steun.includes(soort));
		if (wie.length === 0) {
			hiaten.push({ id: `geen-${soort}`, soort: 'hiaat', tekst: `Niemand voor ${STEUN_IN_ZIN[soort]}.` });
		} else if (wie.every((p) => p.blijft === 'nee')) {
			hiaten.push({
				id: `geen-${soort}`,
				soort: 'hiaat',
				tekst: `Na 18 is er niemand meer voor ${STEUN_IN_ZIN[soort]}: ${formatList(wie.map((p) => p.naam))} ${wie.length === 1 ? 'stopt' : 'stoppen'} dan.`,
			});
		}
	}

	const stoppen = netwerk.filter((p) => p.blijft === 'nee');
	if (stoppen.length > 0) {
		const perRelatie = RELATIES.map((r) => ({ r, n: stoppen.filter((p) => p.relatie === r).length }))
			.filter((x) => x.n > 0)
			.map(({ r, n }) => {
				const [een, meer] = RELATIE_MEERVOUD[r];
				// "(professionals)" when all are of one kind, "(2 professionals, 1 familielid)" otherwise.
				return stoppen.length === n ? (n === 1 ? een : meer) : count(n, een, meer);
			});
		const n = stoppen.length;
		const wie =
			netwerk.length === 1
				? 'De enige persoon in de netwerkkaart stopt'
				: n === netwerk.length
					? `Alle ${n} mensen stoppen`
					: `${n} van de ${netwerk.length} mensen ${n === 1 ? 'stopt' : 'stoppen'}`;
		hiaten.push({ id: 'stoppen-bij-18', soort: 'hiaat', tekst: `${wie} bij 18 (${perRelatie.join(', ')}).` });
	}
	const onbekend = netwerk.filter((p) => p.blijft === 'weet-niet' && !p.vasteVolwassene);
	if (onbekend.length > 0) {
		hiaten.push({
			id: 'onbekend-of-blijft',
			soort: 'vraag',
			tekst:
				onbekend.length === 1
					? `Van ${onbekend.map((p) => p.naam).join('')} is nog niet bekend of die na 18 blijft.`
					: `Van ${onbekend.length} mensen is nog niet bekend of ze na 18 blijven.`,
		});
	}
	return hiaten;
}

/** Kept for code outside the werkmap that imports it from here; the werkmap imports ./namen. */
export { formatList } from './namen';
