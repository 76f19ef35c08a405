import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { datumVan, samenvatting } from '../../lib/big5/checklist';
import {
	actieveChecklist,
	dupliceer,
	hernoem,
	herstel,
	kies,
	maakChecklist,
	maakId,
	verwijder,
	zetActie,
	zetStand,
	zetVolgendGesprek,
	type Verwijderd,
} from '../../lib/big5/lijst';
import { VOORWAARDEN } from '../../lib/big5/voorwaarden';
import { big5Store as store } from '../../stores/big5';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { Afdruk } from './Afdruk';
import { Jongeren } from './Jongeren';
import { Samenvatting } from './Samenvatting';
import { VoorwaardeVeld } from './VoorwaardeVeld';
import './big5.css';

/** Move focus after Preact has drawn the new state. */
function focusNaRender(id: string) {
	requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * BIG-5-checklist: one checklist per young person, kept in this browser
 * through the storage module. The server renders nothing here (the page
 * shows the conditions and a no-JavaScript notice); stored data is applied
 * after mount, so server and first render agree.
 */
export default function Big5Checklist() {
	const [klaar, setKlaar] = useState(false);
	const [melding, setMelding] = useState('');
	const [verwijderd, setVerwijderd] = useState<Verwijderd | null>(null);
	const data = useStore(store.$data);
	const vandaag = datumVan(new Date());

	useEffect(() => {
		const stop = store.start();
		setKlaar(true);
		return stop;
	}, []);

	if (!klaar) return null;

	const actief = actieveChecklist(data);
	const s = actief && samenvatting(actief, vandaag);
	const meld = (tekst: string, undo: Verwijderd | null = null) => {
		setMelding(tekst);
		setVerwijderd(undo);
	};

	return (
		<div class="big5">
			<div class="big5-scherm">
				<ToolStatus store={store} />
				<Jongeren
					data={data}
					vandaag={vandaag}
					melding={melding}
					onMaak={(code) => {
						store.update((d) => maakChecklist(d, maakId(d.checklists), code));
						meld(`Checklist voor ${code.trim()} is gemaakt.`);
						focusNaRender('big5-checklist-kop');
					}}
					onKies={(id) => {
						store.update((d) => kies(d, id));
						focusNaRender('big5-checklist-kop');
					}}
					onHernoem={(id, code) => {
						store.update((d) => hernoem(d, id, code));
						meld(`De code is gewijzigd in ${code.trim()}.`);
					}}
					onDupliceer={(id) => {
						store.update((d) => dupliceer(d, id, maakId(d.checklists)));
						meld(`Kopie gemaakt: ${actieveChecklist(store.$data.get())?.code}.`);
						focusNaRender('big5-checklist-kop');
					}}
					onVerwijder={(id) => {
						const r = verwijder(store.$data.get(), id);
						if (!r.verwijderd) return;
						store.set(r.data);
						meld(`De checklist van ${r.verwijderd.checklist.code} is verwijderd.`, r.verwijderd);
						focusNaRender('big5-ongedaan');
					}}
					ongedaanMaken={
						verwijderd &&
						(() => {
							store.update((d) => herstel(d, verwijderd));
							meld(`De checklist van ${verwijderd.checklist.code} is teruggezet.`);
							focusNaRender(verwijderd.wasActief ? 'big5-checklist-kop' : `big5-kies-${verwijderd.checklist.id}`);
						})
					}
				/>

				{actief && s ? (
					<section class="big5-werk" aria-labelledby="big5-checklist-kop" key={actief.id}>
						<h3 id="big5-checklist-kop" tabIndex={-1}>
							Checklist voor {actief.code}
						</h3>
						<Samenvatting s={s} />
						{VOORWAARDEN.map((v) => (
							<VoorwaardeVeld
								key={v.id}
								voorwaarde={v}
								stand={actief.voorwaarden[v.id]}
								vandaag={vandaag}
								onStand={(w) => store.update((d) => zetStand(d, actief.id, v.id, w))}
								onActie={(w) => store.update((d) => zetActie(d, actief.id, v.id, w))}
							/>
						))}
						<div class="big5-veld big5-volgend">
							<label for="big5-volgend-gesprek">Datum volgend gesprek</label>
							<input
								id="big5-volgend-gesprek"
								type="date"
								value={actief.volgendGesprek}
								onInput={(e) => {
									const datum = e.currentTarget.value;
									store.update((d) => zetVolgendGesprek(d, actief.id, datum));
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
					data.checklists.length > 0 && <p>Kies hierboven een jongere om de checklist te openen.</p>
				)}

				<ExportImportDetails store={store} summary="Bewaren als bestand of een bestand openen">
					<p>
						De checklists staan alleen in deze browser. Een exportbestand is een reservekopie en neemt de checklists mee
						naar een ander apparaat. Bewaar het bestand veilig: er staan aantekeningen over jongeren in.
					</p>
				</ExportImportDetails>
			</div>
			{actief && s && <Afdruk checklist={actief} s={s} vandaag={vandaag} />}
		</div>
	);
}
