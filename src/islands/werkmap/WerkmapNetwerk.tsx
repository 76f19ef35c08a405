import { werkmapStore as store } from '../../stores/werkmap';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import { Part } from './shared';

interface Props {
	/** The one definition of the vaste volwassene (glossary), shown beside the checkbox. */
	vasteVolwassene: string;
}

const loadNetwerk = () => import('./Netwerk').then((m) => m.Netwerk);

/**
 * Netwerkkaart: who is there for a young person, how close, which support
 * they give and whether they stay after 18. The island renders nothing on
 * the server (the page says what the tool does, also without JavaScript).
 */
export default function WerkmapNetwerk({ vasteVolwassene }: Props) {
	const data = useToolStore(store);
	if (!data) return null;
	return (
		<div class="wm">
			<ToolStatus store={store} />
			<Part data={data} load={loadNetwerk}>
				{(Netwerk, jongere) => <Netwerk jongere={jongere} vasteVolwassene={vasteVolwassene} />}
			</Part>
			<ExportImportDetails store={store} summary="Bewaren als bestand of een bestand openen">
				<p>
					De werkmap staat alleen in deze browser. Een exportbestand is een reservekopie en neemt alle werkmappen mee
					naar een ander apparaat. Bewaar het bestand veilig: er staan aantekeningen over jongeren in.
				</p>
			</ExportImportDetails>
		</div>
	);
}
