import { summarize } from '../../lib/big5/checklist';
import type { VoorwaardeId } from '../../lib/big5/definition';
import { isoDate } from '../../lib/format';
import { activeJongere } from '../../lib/werkmap/jongeren';
import { werkmapStore as store } from '../../stores/werkmap';
import { Loading, useLazy } from '../lazy';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import { JongerenLijst } from '../werkmap/JongerenLijst';
import './big5.css';

/**
 * The checklist itself and its paper version load once a checklist is open: a
 * first visit, with no checklists yet, needs only the list.
 */
const loadParts = () => import('./Checklist');

/**
 * BIG-5-checklist: one checklist per young person, kept in this browser
 * through the storage module. The server renders nothing here (the page
 * shows the conditions and a no-JavaScript notice); stored data is applied
 * after mount, so server and first render agree. The questions per condition
 * come from content (content/big5-gesprek.yaml) as props, so they cost the
 * island's JavaScript nothing; only the printout uses them.
 */
export default function Big5Checklist({ vragen }: { vragen: Record<VoorwaardeId, readonly string[]> }) {
	const data = useToolStore(store);
	const today = isoDate(new Date());
	const [Parts, failed] = useLazy(loadParts, Boolean(data?.activeId));

	if (!data) return null;

	const active = activeJongere(data);
	const summary = active && summarize(active, today);

	return (
		<div class="big5">
			<div class="big5-scherm">
				<ToolStatus store={store} />
				<JongerenLijst
					idPrefix="big5"
					headingLevel={3}
					addLabel="Nieuwe checklist"
					listLabel="Checklists"
					emptyText="Er zijn nog geen checklists in deze browser."
					stand={(j) => {
						const { geregeld, overdue } = summarize(j, today);
						return `${geregeld} van 5 geregeld${overdue > 0 ? `, ${overdue} te laat` : ''}`;
					}}
					texts={{
						added: (code) => `Checklist voor ${code} is gemaakt.`,
						renamed: (code) => `De code is gewijzigd in ${code}.`,
						copied: (code) => `Kopie gemaakt: ${code}.`,
						removed: (code) => `De checklist van ${code} is verwijderd.`,
						restored: (code) => `De checklist van ${code} is teruggezet.`,
					}}
					focusId="big5-checklist-kop"
				/>

				{active && summary ? (
					Parts ? (
						<Parts.Checklist key={active.id} jongere={active} summary={summary} today={today} />
					) : (
						<div class="kb-laden">
							<Loading failed={failed} />
						</div>
					)
				) : (
					data.jongeren.length > 0 && <p>Kies hierboven een jongere om de checklist te openen.</p>
				)}

				<ExportImportDetails store={store} summary="Bewaren als bestand of een bestand openen">
					<p>
						De checklists staan alleen in deze browser. Een exportbestand is een reservekopie en neemt de checklists mee
						naar een ander apparaat. Bewaar het bestand veilig: er staan aantekeningen over jongeren in.
					</p>
				</ExportImportDetails>
			</div>
			{active && summary && Parts && (
				<Parts.Printout checklist={active} summary={summary} today={today} vragen={vragen} />
			)}
		</div>
	);
}
