import type { AnyToolStore } from '../../stores/tools';
import { downloadExport } from './download';
import ImportFlow from './ImportFlow';
import './storage.css';

interface Props {
	store: AnyToolStore;
}

/** Export this tool's data to a file, or import such a file (with preview, confirm and undo). */
export default function ExportImport({ store }: Props) {
	const { id, title } = store.definition;
	return (
		<div class="kb-transfer">
			<div class="kb-actions">
				<button type="button" onClick={() => downloadExport(store)}>
					Exporteren
				</button>
			</div>
			<p class="kb-muted">
				Exporteren maakt een bestand met de gegevens van de {title}. Bewaar het op een veilige plek: zo raakt er niets
				kwijt.
			</p>
			<ImportFlow stores={[store]} onlyTool={id} label="Importeren uit een bestand" />
		</div>
	);
}
