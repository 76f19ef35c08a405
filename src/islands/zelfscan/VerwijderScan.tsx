import { useState } from 'preact/hooks';
import type { SavedScan } from '../../lib/zelfscan/definition';

interface Props {
	active: SavedScan;
	onRemove: (id: string) => void;
}

/** Delete the open scan, after a question that says what is lost. */
export function VerwijderScan({ active, onRemove }: Props) {
	const [confirming, setConfirming] = useState(false);
	return confirming ? (
		<fieldset class="kb-notice kb-notice--warn zs-bevestig" aria-labelledby="verwijder-vraag">
			<p id="verwijder-vraag">
				Weet u zeker dat u {active.name} wilt verwijderen? Alle rondes, notities en het actieplan van deze scan gaan
				verloren. Exporteer de scan eerst als u hem wilt bewaren.
			</p>
			<p class="zs-knoppen">
				<button
					type="button"
					onClick={() => {
						setConfirming(false);
						onRemove(active.id);
					}}
				>
					Ja, verwijder {active.name}
				</button>
				<button type="button" class="secondary" onClick={() => setConfirming(false)}>
					Nee, bewaar de scan
				</button>
			</p>
		</fieldset>
	) : (
		<p>
			<button type="button" class="secondary" onClick={() => setConfirming(true)}>
				Verwijder deze scan
			</button>
		</p>
	);
}
