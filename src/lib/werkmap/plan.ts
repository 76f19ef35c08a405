import { type Status, VOORWAARDE_IDS, type VoorwaardeId, type VoorwaardeStand } from '../big5/definition';
import { formatDate as formatLongDate } from '../format';
import { type Persoon, STEUN_LABELS } from './netwerk';
import { plainText, type TijdlijnItem } from './tijdlijn';
import { URGENCY_LABELS, type Urgency, urgencyOf } from './urgency';

/**
 * "Mijn plan": what the young person takes home, on one A4 (two at most),
 * written for them ("je"). This module decides what goes on the page and in
 * which words; the island only lays it out. Nothing here is new data: it is
 * the netwerkkaart, the BIG-5 statuses with their actions and the timeline,
 * said for the young person.
 */

/** The five BIG-5 conditions as the young person reads them. */
export const LEEFGEBIED_TITELS: Record<VoorwaardeId, string> = {
	volwassene: 'Iemand die blijft',
	wonen: 'Wonen',
	dagbesteding: 'School, werk of dagbesteding',
	inkomen: 'Geld',
	zorg: 'Zorg en hulp',
};

export const PLAN_STATUS: Record<Status, string> = {
	open: 'Nog niet besproken',
	geregeld: 'Geregeld',
	deels: 'Voor een deel geregeld',
	niet: 'Nog niet geregeld',
};

/** Lines per section that still fit one A4 with the rest; more are counted, not printed. */
export const MAX_KOMT_ERAAN = 8;
export const MAX_MENSEN = 10;

export interface PlanPersoon {
	naam: string;
	/** "emotionele steun, advies of informatie", '' when no kind was chosen. */
	steun: string;
	vasteVolwassene: boolean;
}

export interface PlanLeefgebied {
	id: VoorwaardeId;
	titel: string;
	status: string;
	toelichting: string;
	/** The next step, when the condition is not fully arranged and a step was written down. */
	actie: { wat: string; wie: string; voor: string } | null;
}

export interface PlanPunt {
	wanneer: string;
	titel: string;
	regelen: string[];
	wie: string;
	urgency: Urgency | null;
	/** "Te laat" etc. in words, '' when not pressing. */
	signaal: string;
}

export interface Plan {
	code: string;
	datum: string;
	mensen: PlanPersoon[];
	/** People beyond MAX_MENSEN, counted. */
	meerMensen: number;
	vasteVolwassenen: string[];
	leefgebieden: PlanLeefgebied[];
	komtEraan: PlanPunt[];
	meerPunten: number;
	/** Who to call: the vaste volwassenen first, then who gives emotional support or advice. */
	bellen: { naam: string; waarvoor: string }[];
	volgendGesprek: string;
}

export interface PlanInput {
	code: string;
	netwerk: readonly Persoon[];
	voorwaarden: Readonly<Record<VoorwaardeId, VoorwaardeStand>>;
	volgendGesprek: string;
	tijdlijn: readonly TijdlijnItem[];
	today: string;
}

/** "1 december 2026"; '' stays ''. */
export function formatDate(date: string): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatLongDate(date) : '';
}

const steunTekst = (p: Persoon) => p.steun.map((s) => STEUN_LABELS[s].toLowerCase()).join(', ');

/**
 * The vaste volwassenen first, then the rest closest first: with more than
 * MAX_MENSEN people, the one who stays must never end up in "en nog … anderen".
 */
function byNabijheid(a: Persoon, b: Persoon): number {
	return Number(b.vasteVolwassene) - Number(a.vasteVolwassene) || a.ring - b.ring;
}

export function buildPlan(input: PlanInput): Plan {
	const { netwerk, voorwaarden, today } = input;
	const gesorteerd = [...netwerk].sort(byNabijheid);
	const mensen = gesorteerd.slice(0, MAX_MENSEN).map((p) => ({
		naam: p.naam,
		steun: steunTekst(p),
		vasteVolwassene: p.vasteVolwassene,
	}));

	const leefgebieden = VOORWAARDE_IDS.map((id): PlanLeefgebied => {
		const stand = voorwaarden[id];
		const open = stand.status === 'deels' || stand.status === 'niet';
		const heeftActie = open && (stand.actie.wat.trim() || stand.actie.wie.trim() || stand.actie.voor);
		return {
			id,
			titel: LEEFGEBIED_TITELS[id],
			status: PLAN_STATUS[stand.status],
			toelichting: stand.toelichting.trim(),
			actie: heeftActie
				? { wat: stand.actie.wat.trim(), wie: stand.actie.wie.trim(), voor: formatDate(stand.actie.voor) }
				: null,
		};
	});

	// What comes next: open timeline points still ahead (or late, or with a deadline of their own),
	// and the BIG-5 actions; late ones first, then by date, undated last.
	const punten: (PlanPunt & { sortKey: string | null })[] = input.tijdlijn
		.filter((item) => item.stand.status === 'open' && (!item.voorbij || item.urgency === 'te-laat' || item.stand.voor))
		.map((item) => ({
			wanneer: item.stand.voor ? `Vóór ${formatDate(item.stand.voor)}` : item.wanneer,
			titel: item.moment.titel,
			regelen: item.moment.regelen.map(plainText),
			wie: item.stand.wie.trim() || item.moment.wieHelpt || '',
			urgency: item.urgency,
			signaal: item.urgency ? URGENCY_LABELS[item.urgency] : '',
			sortKey: item.stand.voor || (item.maand ? `${item.maand}-01` : null),
		}));
	for (const l of leefgebieden) {
		if (!l.actie?.wat) continue;
		const datum = voorwaarden[l.id].actie.voor;
		const urgency = datum ? urgencyOf({ date: datum }, today) : null;
		punten.push({
			wanneer: datum ? `Vóór ${formatDate(datum)}` : 'Nog geen datum',
			titel: `${l.titel}: ${l.actie.wat}`,
			regelen: [],
			wie: l.actie.wie,
			urgency,
			signaal: urgency ? URGENCY_LABELS[urgency] : '',
			sortKey: datum || null,
		});
	}
	const rank = (p: { urgency: Urgency | null }) => (p.urgency === 'te-laat' ? 0 : 1);
	const komtEraanAlles = punten
		.map((p, i) => ({ p, i }))
		.sort((a, b) => {
			const x = a.p.sortKey;
			const y = b.p.sortKey;
			const byDate = x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
			return rank(a.p) - rank(b.p) || byDate || a.i - b.i;
		})
		.map(({ p: { sortKey: _, ...punt } }) => punt);

	const vast = gesorteerd.filter((p) => p.vasteVolwassene);
	const helpers = gesorteerd.filter(
		(p) => !p.vasteVolwassene && p.blijft !== 'nee' && (p.steun.includes('emotioneel') || p.steun.includes('advies')),
	);
	const bellen = [...vast, ...helpers].slice(0, 5).map((p) => ({
		naam: p.naam,
		waarvoor: p.vasteVolwassene ? 'als je ergens mee zit, of niet weet wat je moet doen' : steunTekst(p),
	}));

	return {
		code: input.code,
		datum: formatDate(today),
		mensen,
		meerMensen: Math.max(0, gesorteerd.length - MAX_MENSEN),
		vasteVolwassenen: vast.map((p) => p.naam),
		leefgebieden,
		komtEraan: komtEraanAlles.slice(0, MAX_KOMT_ERAAN),
		meerPunten: Math.max(0, komtEraanAlles.length - MAX_KOMT_ERAAN),
		bellen,
		volgendGesprek: formatDate(input.volgendGesprek),
	};
}
