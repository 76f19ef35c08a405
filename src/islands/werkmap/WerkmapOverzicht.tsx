import { summarize } from '../../lib/big5/checklist';
import { count, isoDate } from '../../lib/format';
import type { Jongere } from '../../lib/werkmap/jongeren';
import { formatMonth } from '../../lib/werkmap/month';
import { findHiaten } from '../../lib/werkmap/netwerk';
import { buildTijdlijn, type TijdlijnMoment } from '../../lib/werkmap/tijdlijn';
import { countUrgencies, formatUrgencyCount } from '../../lib/werkmap/urgency';
import { werkmapStore as store } from '../../stores/werkmap';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import { JongerenLijst } from './JongerenLijst';
import './werkmap.css';

interface Props {
	momenten: TijdlijnMoment[];
}

/** One line per part: what stands out, for the list and for the overview. */
function stand(jongere: Jongere, momenten: TijdlijnMoment[], today: string) {
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
function Overview({ jongere, summary }: { jongere: Jongere; summary: ReturnType<typeof stand> }) {
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

/**
 * The werkmap's start page: the one list of young people (new, rename, copy,
 * delete with undo; every part of the werkmap uses this list) and what
 * stands out for the one chosen.
 */
export default function WerkmapOverzicht({ momenten }: Props) {
	const data = useToolStore(store);
	if (!data) return null;

	const today = isoDate(new Date());
	const active = data.jongeren.find((j) => j.id === data.activeId);

	return (
		<div class="wm">
			<ToolStatus store={store} />
			<JongerenLijst
				idPrefix="wm"
				headingLevel={2}
				addLabel="Nieuwe werkmap"
				listLabel="Werkmappen"
				emptyText="Er zijn nog geen werkmappen in deze browser."
				stand={(j) => {
					const summary = stand(j, momenten, today);
					return `${summary.big5} · ${summary.netwerk}${summary.teLaat > 0 ? `, ${summary.teLaat} te laat` : ''}`;
				}}
				texts={{
					added: (code) => `De werkmap van ${code} is gemaakt.`,
					renamed: (code) => `De code is gewijzigd in ${code}, in alle delen van de werkmap.`,
					copied: (code) => `Kopie gemaakt: ${code}. Netwerk, BIG-5 en tijdlijn zijn meegekopieerd.`,
					removed: (code) => `De werkmap van ${code} is verwijderd: netwerk, BIG-5 en tijdlijn.`,
					restored: (code) => `De werkmap van ${code} is teruggezet.`,
				}}
				focusId="wm-overzicht-kop"
			/>

			{active ? (
				<Overview jongere={active} summary={stand(active, momenten, today)} />
			) : (
				data.jongeren.length > 0 && <p>Kies hierboven een jongere om de werkmap te openen.</p>
			)}

			<ExportImportDetails store={store} summary="Bewaren als bestand of een bestand openen">
				<p>
					De werkmappen staan alleen in deze browser. Een exportbestand is een reservekopie en neemt ze mee naar een
					ander apparaat. Bewaar het bestand veilig: er staan aantekeningen over jongeren in.
				</p>
			</ExportImportDetails>
		</div>
	);
}
