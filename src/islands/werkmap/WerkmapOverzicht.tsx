import { summarize } from '../../lib/big5/checklist';
import { count, isoDate } from '../../lib/format';
import type { Jongere } from '../../lib/werkmap/jongeren';
import type { TijdlijnMoment } from '../../lib/werkmap/tijdlijn';
import { werkmapStore as store } from '../../stores/werkmap';
import { Loading, useLazy } from '../lazy';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import { JongerenLijst } from './JongerenLijst';
import './werkmap.css';

const loadOverzicht = () => import('./Overzicht');

/** The row's line before the overview's logic is there: what needs no more than the record itself. */
const firstStand = (jongere: Jongere, today: string) =>
	`${summarize(jongere, today).geregeld} van 5 voorwaarden geregeld · ${count(jongere.netwerk.length, 'persoon', 'mensen')}`;

interface Props {
	momenten: TijdlijnMoment[];
}

/**
 * The werkmap's start page: the one list of young people (new, rename, copy,
 * delete with undo; every part of the werkmap uses this list) and what
 * stands out for the one chosen.
 */
export default function WerkmapOverzicht({ momenten }: Props) {
	const data = useToolStore(store);
	const [Overzicht, failed] = useLazy(loadOverzicht, Boolean(data?.jongeren.length));
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
					if (!Overzicht) return firstStand(j, today);
					const summary = Overzicht.stand(j, momenten, today);
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
				Overzicht ? (
					<Overzicht.Overview jongere={active} summary={Overzicht.stand(active, momenten, today)} />
				) : (
					<div class="kb-laden">
						<Loading failed={failed} />
					</div>
				)
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
