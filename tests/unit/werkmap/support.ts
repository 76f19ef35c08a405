import { addJongere, emptyWerkmap, updateJongere, type WerkmapData } from '../../../src/lib/werkmap/jongeren';
import { newPersoon } from '../../../src/lib/werkmap/netwerk';
import type { TijdlijnMoment } from '../../../src/lib/werkmap/tijdlijn';

/** Two young people: Sam with a network and a birthday month, Noor untouched. */
export function twee(): WerkmapData {
	let d = addJongere(emptyWerkmap(), 'jsam', 'Sam');
	d = updateJongere(d, 'jsam', (j) => ({
		netwerk: [{ ...newPersoon('p1', 'oma'), vasteVolwassene: true, blijft: 'ja' }],
		verjaardag18: '2027-03',
		tijdlijn: { zorgverzekering: { status: 'geregeld', wie: 'mentor', voor: '', notitie: '' } },
		regionaal: ['friesland-risicoanalyse'],
		voorwaarden: { ...j.voorwaarden, wonen: { ...j.voorwaarden.wonen, status: 'deels' } },
	}));
	return addJongere(d, 'jnoor', 'Noor');
}

/** Test moments in the shape of the `momenten` collection (the real ones live in content/momenten/). */
export function moment(
	id: string,
	vanaf: number,
	extra: Partial<Omit<TijdlijnMoment, 'regelen'>> & { regelen?: string[] } = {},
): TijdlijnMoment {
	const { regelen = [], ...rest } = extra;
	return {
		id,
		titel: `Moment ${id}`,
		soort: 'praktisch',
		vanaf,
		uitleg: [{ tekst: 'Uitleg van dit moment, lang genoeg.' }],
		zie: [],
		bronnen: [],
		...rest,
		regelen: regelen.map((tekst) => [{ tekst }]),
	};
}
