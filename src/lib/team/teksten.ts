import { formatNumber } from '../trainer/groep';
import type { Rol } from './model';
import { MIN_PER_ROL, VERSCHIL_MIN } from './model';
import type { RolMediaan, RolVerschil, VerschillenStatus } from './overzicht';

/**
 * The sentences of Samen scannen that more than one place shows (the scan
 * page, the team overview, the report). B1 Dutch, the reader as "u".
 */

export const ROL_ONBEKEND = 'Rol onbekend';
export const TE_WEINIG = 'te weinig deelnemers om te tonen';
export const AFGESCHERMD = 'niet getoond, zodat niemand herkenbaar is';

export const rolNaam = (rol: Rol | null) => rol?.naam ?? ROL_ONBEKEND;

/** "a", "a en b", "a, b en c" */
export function joinNl(items: readonly string[]): string {
	if (items.length < 2) return items.join('');
	return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** What a role's cell says: its median, or why there is none. */
export function rolMediaanText(rol: RolMediaan): string {
	if (rol.status === 'getoond') return rol.mediaan === null ? '–' : formatNumber(rol.mediaan);
	return rol.status === 'te-weinig' ? TE_WEINIG : AFGESCHERMD;
}

/** "Jeugdhulp ziet dit hoger (3,0) dan Onderwijs (1,5)." */
export function verschilText(v: RolVerschil): string {
	const hoog = joinNl(v.hoogste.rollen.map(rolNaam));
	const laag = joinNl(v.laagste.rollen.map(rolNaam));
	return `${hoog} ${v.hoogste.rollen.length > 1 ? 'zien' : 'ziet'} dit hoger (${formatNumber(v.hoogste.mediaan)}) dan ${laag} (${formatNumber(v.laagste.mediaan)}).`;
}

export function verschillenStatusText(status: VerschillenStatus): string {
	switch (status) {
		case 'te-weinig':
			return `Dit is nog niet te zien. Daarvoor zijn ten minste twee rollen nodig met elk ${MIN_PER_ROL} of meer deelnemers.`;
		case 'geen-verschil':
			return `De rollen liggen dicht bij elkaar. Bij geen enkel thema verschillen hun medianen ${VERSCHIL_MIN === 1 ? 'een heel niveau' : `${VERSCHIL_MIN} niveaus`} of meer.`;
		default:
			return `Hier verschillen de medianen van de rollen ten minste ${VERSCHIL_MIN === 1 ? 'een heel niveau' : `${VERSCHIL_MIN} niveaus`}. Dat is een goed begin voor het gesprek.`;
	}
}

/** How the numbers were made, for the overview and the report. `punten`: the number of values on the scale. */
export function uitlegScores(punten: number): string[] {
	return [
		`Elke deelnemer koos per onderdeel een antwoord van 1 tot ${punten}. Per thema is voor elke deelnemer het gemiddelde berekend, als die ten minste twee onderdelen een antwoord gaf. 'Weet ik niet' en 'Niet van toepassing' tellen daarbij niet mee.`,
		'Het getal per thema is de mediaan: de helft van de deelnemers zit op of onder dat getal, de andere helft op of erboven. Laagste en hoogste laten zien hoe ver de deelnemers uit elkaar liggen.',
		`Per rol staat er alleen een mediaan als ten minste ${MIN_PER_ROL} deelnemers met die rol een score hebben. Zo is niemand herkenbaar aan zijn of haar antwoorden.`,
	];
}

/** What the invitation link holds, said plainly beside the link. */
export function uitlegLink(scanTitel: string, ronde: string): string[] {
	return [
		`In de link staan alleen de zelfscan (${scanTitel}) en de naam van de ronde ("${ronde}"). Er staan geen namen, e-mailadressen of antwoorden in.`,
		'De naam van de ronde staat achter het #-teken. Dat deel van een link stuurt de browser niet naar de server.',
	];
}

/** A message the coordinator can copy into an e-mail or chat. */
export function uitnodigingTekst(scanTitel: string, ronde: string, link: string): string {
	return [
		'Beste collega,',
		'',
		`Wij vullen samen de ${scanTitel} in, voor de ronde "${ronde}". Wilt u meedoen? Open deze link op uw eigen computer of telefoon:`,
		link,
		'',
		'Kies eerst uw rol en vul daarna de scan in. Op de pagina met resultaten staat een deelcode. Stuur mij die code.',
		'',
		'Uw antwoorden blijven op uw eigen apparaat. In de deelcode staan alleen uw rol, de naam van de ronde en uw antwoorden. Er staan geen naam en geen notities in. In het teamoverzicht staat per rol alleen een getal als ten minste drie mensen die rol kozen.',
	].join('\n');
}

/** Shown to a participant who opened an invitation link. */
export function rondeBanner(ronde: string): string[] {
	return [
		`U vult deze scan in voor de ronde "${ronde}". Die naam stond in de link die u kreeg.`,
		`Kies hieronder uw rol. Uw rol en de naam van de ronde komen in uw deelcode. Zo ziet het team hoe elke rol het ziet. Per rol toont het teamoverzicht alleen een getal als ten minste ${MIN_PER_ROL} mensen die rol kozen.`,
	];
}

/** The few B1 sentences on the scan pages that explain the team route. */
export const SAMEN_SCANNEN_UITLEG = [
	"Deze scan werkt het best als u hem samen met collega's en partners invult. Iedereen vult de scan in op een eigen apparaat en kiest een rol, bijvoorbeeld jeugdhulp of onderwijs.",
	"Daarna stuurt iedereen een korte deelcode naar één persoon: de coördinator. In het teamoverzicht ziet de coördinator waar het team staat en waar rollen het verschillend zien. Het team kiest twee of drie thema's en maakt een actieplan. Het rapport past op één of twee A4'tjes.",
	'De antwoorden zelf blijven op ieders eigen apparaat. Alleen de deelcode gaat naar de coördinator, en alleen als u die zelf stuurt.',
];
