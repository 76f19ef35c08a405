import type { TijdlijnMoment } from '../../lib/werkmap/tijdlijn';
import { werkmapStore as store } from '../../stores/werkmap';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import { Part } from './shared';

interface Props {
	/** Every entry of the `momenten` collection, as the page read it at build time. */
	momenten: TijdlijnMoment[];
}

const loadTijdlijn = () => import('./Tijdlijn').then((m) => m.Tijdlijn);

/** Tijdlijn naar 18+: every moment of the collection, dated from the month of the 18th birthday. */
export default function WerkmapTijdlijn({ momenten }: Props) {
	const data = useToolStore(store);
	if (!data) return null;
	return (
		<div class="wm">
			<ToolStatus store={store} />
			<Part data={data} load={loadTijdlijn}>
				{(Tijdlijn, jongere) => <Tijdlijn jongere={jongere} momenten={momenten} />}
			</Part>
			<ExportImportDetails store={store} summary="Bewaren als bestand of een bestand openen">
				<p>
					De werkmap staat alleen in deze browser. Een exportbestand is een reservekopie en neemt alle werkmappen mee
					naar een ander apparaat.
				</p>
			</ExportImportDetails>
		</div>
	);
}
