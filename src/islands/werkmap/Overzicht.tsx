import { summarize } from '../../lib/big5/checklist';
import { count } from '../../lib/format';
import type { Jongere } from '../../lib/werkmap/jongeren';
import { formatMonth } from '../../lib/werkmap/month';
import { findHiaten } from '../../lib/werkmap/netwerk';
import { buildTijdlijn, type TijdlijnMoment } from '../../lib/werkmap/tijdlijn';
import { countUrgencies, formatUrgencyCount } from '../../lib/werkmap/urgency';

/*
 * What stands out per young person, on the werkmap's start page. Loaded by
 * WerkmapOverzicht once the list has someone in it: the gaps in the network
 * and the timeline's dates need the netwerkkaart's and the timeline's logic.
 */

/** One line per part: what stands out, for the list and for the overview. */
export function stand(jongere: Jongere, momenten: TijdlijnMoment[], today: string) {
	const big5 = summarize(jongere, today);
	const urgencies = countUrgencies(buildTijdlijn({ ...jongere, momenten, today }));
	return {
		big5: `${big5.geregeld} van 5 voorwaarden geregeld`,
		netwerk: count(jongere.netwerk.length, 'persoon', 'mensen'),
		hiaten: findHiaten(jongere.netwerk).filter((h) => h.soort === 'hiaat'),
		tijdlijn: jongere.verjaardag18 ? formatUrgencyCount(urgencies) || 'niets dringends' : '',
		teLaat: urgencies['te-laat'],
	};
}

/** What stands out for the chosen young person, with the way into each part. */
export function Overview({ jongere, summary }: { jongere: Jongere; summary: ReturnType<typeof stand> }) {
	return (
		<section class="wm-deel" aria-labelledby="wm-overzicht-kop">
			<h2 id="wm-overzicht-kop" tabIndex={-1}>
				Werkmap van {jongere.code}
			</h2>
			<ul class="wm-kaarten">
				<li>
					<h3>
						<a href="/werkmap/netwerk/">Netwerkkaart</a>
					</h3>
					<p>{summary.netwerk}.</p>
					{summary.hiaten.length > 0 && (
						<ul>
							{summary.hiaten.slice(0, 3).map((h) => (
								<li key={h.id}>{h.tekst}</li>
							))}
						</ul>
					)}
				</li>
				<li>
					<h3>
						<a href="/big-5/">BIG-5-checklist</a>
					</h3>
					<p>{summary.big5}.</p>
				</li>
				<li>
					<h3>
						<a href="/werkmap/tijdlijn/">Tijdlijn naar 18+</a>
					</h3>
					<p>
						{jongere.verjaardag18
							? `18 jaar in ${formatMonth(jongere.verjaardag18)}: ${summary.tijdlijn}.`
							: 'Nog geen maand van de 18e verjaardag ingevuld.'}
					</p>
				</li>
				<li>
					<h3>
						<a href="/werkmap/plan/">Mijn plan</a>
					</h3>
					<p>Het plan voor {jongere.code}, om af te drukken en mee te geven.</p>
				</li>
			</ul>
		</section>
	);
}
