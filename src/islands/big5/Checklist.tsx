import type { Summary as ChecklistSummary } from '../../lib/big5/checklist';
import type { Jongere } from '../../lib/big5/definition';
import { setActie, setStand, setVolgendGesprek } from '../../lib/big5/state';
import { VOORWAARDEN } from '../../lib/big5/voorwaarden';
import { werkmapStore as store } from '../../stores/werkmap';
import { usePartsShown } from '../lazy';
import { Summary } from './Summary';
import { VasteVolwassenen } from './VasteVolwassenen';
import { VoorwaardeField } from './VoorwaardeField';

export { Printout } from './Printout';

/**
 * The checklist of one young person: the summary, the five conditions with
 * their actions, the next conversation and printing. Loaded by Big5Checklist
 * once a checklist is open, together with the paper version (Printout), so
 * Ctrl+P prints it too.
 */
export function Checklist({ jongere, summary, today }: { jongere: Jongere; summary: ChecklistSummary; today: string }) {
	// One condition per task (see usePartsShown): the five with their fields and actions at once
	// blocked a phone for more than a tenth of a second.
	const shown = usePartsShown(VOORWAARDEN.length);
	return (
		<section class="big5-werk" aria-labelledby="big5-checklist-kop">
			<h3 id="big5-checklist-kop" tabIndex={-1}>
				Checklist voor {jongere.code}
			</h3>
			<Summary summary={summary} />
			{VOORWAARDEN.slice(0, shown).map((v) => (
				<VoorwaardeField
					key={v.id}
					voorwaarde={v}
					stand={jongere.voorwaarden[v.id]}
					today={today}
					onStand={(change) => store.update((d) => setStand(d, jongere.id, v.id, change))}
					onActie={(change) => store.update((d) => setActie(d, jongere.id, v.id, change))}
				>
					{v.id === 'volwassene' && <VasteVolwassenen code={jongere.code} netwerk={jongere.netwerk} />}
				</VoorwaardeField>
			))}
			{shown < VOORWAARDEN.length && <div class="kb-laden" />}
			<div class="big5-veld big5-volgend">
				<label for="big5-volgend-gesprek">Datum volgend gesprek</label>
				<input
					id="big5-volgend-gesprek"
					type="date"
					value={jongere.volgendGesprek}
					onInput={(e) => {
						const datum = e.currentTarget.value;
						store.update((d) => setVolgendGesprek(d, jongere.id, datum));
					}}
				/>
			</div>
			<p class="big5-afdrukken">
				<button type="button" onClick={() => window.print()} aria-describedby="big5-afdrukken-uitleg">
					Afdrukken
				</button>
				<span id="big5-afdrukken-uitleg" class="big5-hint">
					U krijgt een overzicht op A4, met ruimte voor aantekeningen bij het volgende gesprek.
				</span>
			</p>
		</section>
	);
}
