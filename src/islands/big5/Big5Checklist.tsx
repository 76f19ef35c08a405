import { useState } from 'preact/hooks';
import { summarize } from '../../lib/big5/checklist';
import { setActie, setStand, setVolgendGesprek } from '../../lib/big5/state';
import { VOORWAARDEN } from '../../lib/big5/voorwaarden';
import { isoDate } from '../../lib/format';
import { newId } from '../../lib/ids';
import {
	activeJongere,
	addJongere,
	copyJongere,
	type Removed,
	removeJongere,
	renameJongere,
	restoreJongere,
	selectJongere,
} from '../../lib/werkmap/jongeren';
import { werkmapStore as store } from '../../stores/werkmap';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import { focusAfterRender } from '../werkmap/basis';
import { JongerenLijst } from '../werkmap/JongerenLijst';
import { Printout } from './Printout';
import { Summary } from './Summary';
import { VasteVolwassenen } from './VasteVolwassenen';
import { VoorwaardeField } from './VoorwaardeField';
import './big5.css';

/**
 * BIG-5-checklist: one checklist per young person, kept in this browser
 * through the storage module. The server renders nothing here (the page
 * shows the conditions and a no-JavaScript notice); stored data is applied
 * after mount, so server and first render agree.
 */
export default function Big5Checklist() {
	const [message, setMessage] = useState('');
	const [removed, setRemoved] = useState<Removed | null>(null);
	const data = useToolStore(store);
	const today = isoDate(new Date());

	if (!data) return null;

	const active = activeJongere(data);
	const summary = active && summarize(active, today);
	const tell = (text: string, undo: Removed | null = null) => {
		setMessage(text);
		setRemoved(undo);
	};

	return (
		<div class="big5">
			<div class="big5-scherm">
				<ToolStatus store={store} />
				<JongerenLijst
					data={data}
					idPrefix="big5"
					headingLevel={3}
					addLabel="Nieuwe checklist"
					listLabel="Checklists"
					emptyText="Er zijn nog geen checklists in deze browser."
					stand={(j) => {
						const { geregeld, overdue } = summarize(j, today);
						return `${geregeld} van 5 geregeld${overdue > 0 ? `, ${overdue} te laat` : ''}`;
					}}
					message={message}
					onAdd={(code) => {
						store.update((d) => addJongere(d, newId('j'), code));
						tell(`Checklist voor ${code.trim()} is gemaakt.`);
						focusAfterRender('big5-checklist-kop');
					}}
					onSelect={(id) => {
						store.update((d) => selectJongere(d, id));
						focusAfterRender('big5-checklist-kop');
					}}
					onRename={(id, code) => {
						store.update((d) => renameJongere(d, id, code));
						tell(`De code is gewijzigd in ${code.trim()}.`);
					}}
					onCopy={(id) => {
						store.update((d) => copyJongere(d, id, newId('j')));
						tell(`Kopie gemaakt: ${activeJongere(store.$data.get())?.code}.`);
						focusAfterRender('big5-checklist-kop');
					}}
					onRemove={(id) => {
						const result = removeJongere(store.$data.get(), id);
						if (!result.removed) return;
						store.set(result.data);
						tell(`De checklist van ${result.removed.jongere.code} is verwijderd.`, result.removed);
						focusAfterRender('big5-ongedaan');
					}}
					undo={
						removed &&
						(() => {
							store.update((d) => restoreJongere(d, removed));
							tell(`De checklist van ${removed.jongere.code} is teruggezet.`);
							focusAfterRender(removed.wasActive ? 'big5-checklist-kop' : `big5-kies-${removed.jongere.id}`);
						})
					}
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
							<button type="button" onClick={() => window.print()} aria-describedby="big5-afdrukken-uitleg">
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
			{active && summary && <Printout checklist={active} summary={summary} today={today} />}
		</div>
	);
}
