import type { TijdlijnMoment } from '../../lib/werkmap/tijdlijn';
import { werkmapStore as store } from '../../stores/werkmap';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import { Part } from './shared';

interface Props {
	momenten: TijdlijnMoment[];
}

const loadPlan = () => import('./Plan').then((m) => m.PlanForJongere);

/** Mijn plan: the werkmap of one young person, said for them, to print and take home. */
export default function WerkmapPlan({ momenten }: Props) {
	const data = useToolStore(store);
	if (!data) return null;
	return (
		<div class="wm">
			<div class="kb-no-print">
				<ToolStatus store={store} />
			</div>
			<Part data={data} load={loadPlan}>
				{(PlanForJongere, jongere) => <PlanForJongere jongere={jongere} momenten={momenten} />}
			</Part>
			<div class="kb-no-print">
				<ExportImportDetails store={store} summary="Bewaren als bestand of een bestand openen">
					<p>
						Een exportbestand neemt alle werkmappen mee naar een ander apparaat. Een bestand van één jongere, gemaakt
						met "Bewaar als bestand", opent u hier ook.
					</p>
				</ExportImportDetails>
			</div>
		</div>
	);
}
