import { formatNumber } from '../../lib/number';
import {
	actieplan,
	addActie,
	choosePrioriteit,
	MAX_PRIORITEITEN,
	MIN_PRIORITEITEN,
	removeActie,
	updateActie,
} from '../../lib/zelfscan/actieplan';
import { MAX_FIELD, type Ronde } from '../../lib/zelfscan/definition';
import type { Zelfscan } from '../../lib/zelfscan/schema';
import type { ThemaScore } from '../../lib/zelfscan/scoring';
import { ColumnHeads } from '../ColumnHeads';

interface Props {
	scan: Zelfscan;
	ronde: Ronde;
	scores: ThemaScore[];
	/** Apply a change to the current round (the tool saves it). */
	onChangeRonde: (change: (ronde: Ronde) => Ronde) => void;
}

/**
 * Choose 2 or 3 priority themes and turn them into actions (wat, wie,
 * wanneer). The form is for the screen; a plain table is printed instead.
 */
export function Actieplan({ scan, ronde, scores, onChangeRonde }: Props) {
	const title = (id: string) => scan.themas.find((t) => t.id === id)?.titel ?? id;
	const chosen = ronde.prioriteiten.filter((id) => scan.themas.some((t) => t.id === id));
	const tooMany = chosen.length > MAX_PRIORITEITEN;
	const plan = actieplan({ ...ronde, prioriteiten: chosen });
	const choose = (themaId: string, on: boolean) => onChangeRonde((r) => choosePrioriteit(r, themaId, on));
	const changeActie = (actieId: string, change: Parameters<typeof updateActie>[2]) =>
		onChangeRonde((r) => updateActie(r, actieId, change));
	const field = (actieId: string, name: 'wat' | 'wie' | 'voor', label: string, value: string) => (
		<div class="zs-veld">
			<label for={`actie-${name}-${actieId}`}>{label}</label>
			<input
				id={`actie-${name}-${actieId}`}
				type="text"
				maxLength={MAX_FIELD}
				value={value}
				onInput={(e) => changeActie(actieId, { [name]: e.currentTarget.value })}
			/>
		</div>
	);

	return (
		<section aria-labelledby="actieplan">
			<h3 id="actieplan">Prioriteiten en actieplan</h3>
			<div class="kb-no-print">
				<fieldset class="zs-prioriteiten" aria-describedby={tooMany ? 'prioriteiten-fout' : 'prioriteiten-hulp'}>
					<legend>Met welke thema's gaat u als eerste aan de slag?</legend>
					<p id="prioriteiten-hulp" class="zs-hulp">
						Kies {MIN_PRIORITEITEN} of {MAX_PRIORITEITEN} thema's. Begin bijvoorbeeld bij een zwak thema waar u snel
						iets kunt doen.
					</p>
					{tooMany && (
						<p id="prioriteiten-fout" class="zs-fout">
							U heeft {chosen.length} thema's gekozen. Kies er niet meer dan {MAX_PRIORITEITEN}, dan blijft het plan
							haalbaar.
						</p>
					)}
					{scan.themas.map((thema, i) => (
						<label class="zs-keuze" key={thema.id}>
							<input
								type="checkbox"
								checked={chosen.includes(thema.id)}
								onChange={(e) => choose(thema.id, e.currentTarget.checked)}
							/>
							<span>
								{thema.titel}
								<span class="kb-muted">
									{' '}
									({scores[i].average === null ? 'geen gemiddelde' : `gemiddeld ${formatNumber(scores[i].average)}`})
								</span>
							</span>
						</label>
					))}
				</fieldset>

				{plan.map(({ themaId, acties }) => (
					<section class="zs-acties" key={themaId} aria-labelledby={`acties-${themaId}`}>
						<h4 id={`acties-${themaId}`}>{title(themaId)}</h4>
						{acties.map((actie, n) => (
							<fieldset class="zs-actie" key={actie.id}>
								<legend>
									Actie {n + 1}
									<span class="sr-only"> bij {title(themaId)}</span>
								</legend>
								{field(actie.id, 'wat', 'Wat gaat u doen?', actie.wat)}
								<div class="zs-veld-rij">
									{field(actie.id, 'wie', 'Wie?', actie.wie)}
									{field(actie.id, 'voor', 'Wanneer?', actie.voor)}
								</div>
								<button type="button" class="secondary" onClick={() => onChangeRonde((r) => removeActie(r, actie.id))}>
									Verwijder actie {n + 1}
									<span class="sr-only"> bij {title(themaId)}</span>
								</button>
							</fieldset>
						))}
						<button type="button" class="secondary" onClick={() => onChangeRonde((r) => addActie(r, themaId))}>
							Actie toevoegen<span class="sr-only"> bij {title(themaId)}</span>
						</button>
					</section>
				))}
				{chosen.length > 0 && (
					<p>
						<button type="button" onClick={() => window.print()}>
							Druk de resultaten en het actieplan af
						</button>
					</p>
				)}
			</div>

			<div class="kb-print-only">
				{chosen.length === 0 ? (
					<p>Er zijn nog geen prioriteiten gekozen.</p>
				) : (
					<table class="zs-tabel">
						<caption>Actieplan</caption>
						<ColumnHeads names={['Thema', 'Actie', 'Wie', 'Wanneer']} />
						<tbody>
							{plan.flatMap(({ themaId, acties }) =>
								(acties.length ? acties : [null]).map((actie, n) => (
									<tr key={actie?.id ?? themaId}>
										<td>{n === 0 ? title(themaId) : ''}</td>
										<td>{actie?.wat || '…'}</td>
										<td>{actie?.wie || '…'}</td>
										<td>{actie?.voor || '…'}</td>
									</tr>
								)),
							)}
						</tbody>
					</table>
				)}
			</div>
		</section>
	);
}
