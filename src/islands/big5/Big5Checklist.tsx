import { summarize } from '../../lib/big5/checklist';
import type { VoorwaardeId } from '../../lib/big5/definition';
import { setActie, setStand, setVolgendGesprek } from '../../lib/big5/state';
import { VOORWAARDEN } from '../../lib/big5/voorwaarden';
import { isoDate } from '../../lib/format';
import { activeJongere } from '../../lib/werkmap/jongeren';
import { werkmapStore as store } from '../../stores/werkmap';
import { useLazy } from '../lazy';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import { printWhenReady } from '../werkmap/basis';
import { JongerenLijst } from '../werkmap/JongerenLijst';
import { Summary } from './Summary';
import { VasteVolwassenen } from './VasteVolwassenen';
import { VoorwaardeField } from './VoorwaardeField';
import './big5.css';

/** The paper version loads once a checklist is open, after the first view is drawn; Ctrl+P then prints it too. */
const loadPrintout = () => import('./Printout').then((m) => m.Printout);

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
	const [Printout] = useLazy(loadPrintout, Boolean(data?.activeId));

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
					<section class="big5-werk" aria-labelledby="big5-checklist-kop" key={active.id}>
						<h3 id="big5-checklist-kop" tabIndex={-1}>
							Checklist voor {active.code}
						</h3>
						<Summary summary={summary} />
						{VOORWAARDEN.map((v) => (
							<VoorwaardeField
								key={v.id}
								voorwaarde={v}
								stand={active.voorwaarden[v.id]}
								today={today}
								onStand={(change) => store.update((d) => setStand(d, active.id, v.id, change))}
								onActie={(change) => store.update((d) => setActie(d, active.id, v.id, change))}
							>
								{v.id === 'volwassene' && <VasteVolwassenen code={active.code} netwerk={active.netwerk} />}
							</VoorwaardeField>
						))}
						<div class="big5-veld big5-volgend">
							<label for="big5-volgend-gesprek">Datum volgend gesprek</label>
							<input
								id="big5-volgend-gesprek"
								type="date"
								value={active.volgendGesprek}
								onInput={(e) => {
									const datum = e.currentTarget.value;
									store.update((d) => setVolgendGesprek(d, active.id, datum));
								}}
							/>
						</div>
						<p class="big5-afdrukken">
							<button
								type="button"
								onClick={() => printWhenReady('.big5-afdruk')}
								aria-describedby="big5-afdrukken-uitleg"
							>
								Afdrukken
							</button>
							<span id="big5-afdrukken-uitleg" class="big5-hint">
								Je krijgt een overzicht op A4, met ruimte voor aantekeningen bij het volgende gesprek.
							</span>
						</p>
					</section>
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
			{active && summary && Printout && <Printout checklist={active} summary={summary} today={today} vragen={vragen} />}
		</div>
	);
}
