import { useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import { type Jongere, updateJongere } from '../../lib/werkmap/jongeren';
import {
	addPersoon,
	findHiaten,
	type Persoon,
	removePersoon,
	restorePersoon,
	updatePersoon,
} from '../../lib/werkmap/netwerk';
import { werkmapStore as store } from '../../stores/werkmap';
import { Loading, useLazy } from '../lazy';
import { focusAfterRender, Message, printWhenReady } from './basis';
import { Hiaten, PersonenTabel } from './Personen';
import { PersoonForm } from './PersoonForm';

const loadTekening = () => import('./KaartTekening').then((m) => m.default);

/** Changes the network of one young person; everything else in their werkmap stays as it is. */
const setNetwerk = (id: string, fn: (netwerk: Persoon[]) => Persoon[]) =>
	store.update((d) => updateJongere(d, id, (j) => ({ netwerk: fn(j.netwerk) })));

/** The netwerkkaart of one young person; loaded by WerkmapNetwerk once a young person is chosen. */
export function Netwerk({ jongere, vasteVolwassene }: { jongere: Jongere; vasteVolwassene: string }) {
	const [editing, setEditing] = useState<string | null>(null);
	const [message, setMessage] = useState('');
	const [removed, setRemoved] = useState<{ persoon: Persoon; index: number } | null>(null);
	const [showDrawing, setShowDrawing] = useState(false);
	const [Tekening, failed] = useLazy(loadTekening, showDrawing);
	const { code, netwerk } = jongere;
	const editPersoon = netwerk.find((p) => p.id === editing) ?? null;

	const tell = (text: string, undo: { persoon: Persoon; index: number } | null = null) => {
		setMessage(text);
		setRemoved(undo);
	};

	const print = () => {
		setShowDrawing(true);
		printWhenReady('.wm-tekening');
	};

	return (
		<section class="wm-deel" aria-labelledby="wm-netwerk-kop" key={jongere.id}>
			<h2 id="wm-netwerk-kop" tabIndex={-1}>
				Wie is er voor {code}?
			</h2>
			<Hiaten hiaten={findHiaten(netwerk)} />

			<PersonenTabel
				code={code}
				netwerk={netwerk}
				onEdit={(id) => {
					setEditing(id);
					focusAfterRender('wm-persoon-form-kop');
				}}
				onRemove={(id) => {
					const result = removePersoon(netwerk, id);
					if (!result.removed) return;
					setNetwerk(jongere.id, () => result.netwerk);
					if (editing === id) setEditing(null);
					tell(`${result.removed.persoon.naam} is uit de netwerkkaart verwijderd.`, result.removed);
					focusAfterRender('wm-netwerk-melding-ongedaan');
				}}
			/>
			<Message
				id="wm-netwerk-melding"
				text={message}
				onUndo={
					removed &&
					(() => {
						setNetwerk(jongere.id, (n) => restorePersoon(n, removed));
						tell(`${removed.persoon.naam} staat weer in de netwerkkaart.`);
						focusAfterRender(`wm-wijzig-${removed.persoon.id}`);
					})
				}
			/>

			<details class="wm-tekening-details" open={showDrawing} onToggle={(e) => setShowDrawing(e.currentTarget.open)}>
				<summary>Netwerkkaart als tekening</summary>
				{Tekening ? <Tekening code={code} netwerk={netwerk} /> : <Loading failed={failed} />}
			</details>

			<PersoonForm
				key={editing ?? 'nieuw'}
				persoon={editPersoon}
				vasteVolwassene={vasteVolwassene}
				onSave={(fields) => {
					if (editPersoon) {
						setNetwerk(jongere.id, (n) => updatePersoon(n, editPersoon.id, fields));
						setEditing(null);
						tell(`De gegevens van ${fields.naam.trim()} zijn opgeslagen.`);
						focusAfterRender(`wm-wijzig-${editPersoon.id}`);
					} else {
						setNetwerk(jongere.id, (n) => addPersoon(n, { ...fields, id: newId('p') }));
						tell(`${fields.naam.trim()} is toegevoegd aan de netwerkkaart.`);
						focusAfterRender('wm-naam');
					}
				}}
				onCancel={() => {
					const id = editing;
					setEditing(null);
					if (id) focusAfterRender(`wm-wijzig-${id}`);
				}}
			/>

			<p class="wm-afdrukken">
				<button type="button" onClick={print}>
					Afdrukken
				</button>
				<span class="wm-hint">De tekening en de tabel op papier, om mee te nemen naar het gesprek.</span>
			</p>
		</section>
	);
}
