import type { Ronde } from '../../lib/zelfscan/definition';
import { formatTelling, resultaatScan } from '../../lib/zelfscan/profiel';
import { formatThemaScore } from '../../lib/zelfscan/results';
import type { EerdereVersie } from '../../lib/zelfscan/schema';
import { ColumnHeads } from '../ColumnHeads';
import { View } from './View';

interface Props {
	/** The earlier versions this site keeps; the round's own is among them, unless it is no longer kept. */
	eerder: readonly EerdereVersie[];
	ronde: Ronde;
	rondeName: string;
	onNewRonde: () => void;
}

/**
 * A round answered with an earlier version of the scan: readable as it was,
 * clearly marked, never edited (its questions are no longer asked). Its
 * answers are read with today's rules: a mean only from two counted answers,
 * and version 1's one answer "weet ik niet / niet van toepassing" as it was chosen.
 */
export function EerdereRonde({ eerder, ronde, rondeName, onNewRonde }: Props) {
	const versie = eerder.find((v) => v.versie === ronde.scanVersion);
	const button = (
		<p>
			<button type="button" onClick={onNewRonde}>
				Begin een nieuwe ronde met de nieuwe versie
			</button>
		</p>
	);
	if (!versie) {
		return (
			<View id="resultaten" title="Resultaten van de vorige versie">
				<p class="kb-notice">
					{rondeName} is ingevuld met versie {ronde.scanVersion} van de scan. Die versie kent deze site niet, dus de
					antwoorden zijn niet te tonen. Ze blijven wel bewaard.
				</p>
				{button}
			</View>
		);
	}
	const scores = resultaatScan(versie, ronde.antwoorden);
	return (
		<View id="resultaten" title="Resultaten van de vorige versie">
			<p class="kb-notice">
				{rondeName} is ingevuld met versie {versie.versie} van de scan. Die vragen stelt de site niet meer, dus u kunt
				deze antwoorden lezen maar niet meer wijzigen. Wilt u verder met de nieuwe versie? Begin dan een nieuwe ronde.
				Deze ronde blijft bewaard.
			</p>
			{button}
			<table class="zs-tabel">
				<caption>Gemiddelde per thema in versie {versie.versie}</caption>
				<ColumnHeads names={['Thema', 'Gemiddelde', 'Beantwoord']} />
				<tbody>
					{scores.map((s) => (
						<tr key={s.themaId}>
							<th scope="row">{s.titel}</th>
							<td>{formatThemaScore(s)}</td>
							<td>{formatTelling(s)}</td>
						</tr>
					))}
				</tbody>
			</table>
			{scores.map((s) => (
				<section class="zs-profiel" key={s.themaId} aria-labelledby={`eerder-${s.themaId}`}>
					<h3 id={`eerder-${s.themaId}`}>{s.titel}</h3>
					<ul>
						{s.profiel.map((r) => (
							<li key={r.id}>
								{r.tekst}: <strong>{r.label}</strong>
								{ronde.antwoorden[r.id]?.notitie && (
									<span class="kb-muted"> Notitie: {ronde.antwoorden[r.id]?.notitie}</span>
								)}
							</li>
						))}
					</ul>
				</section>
			))}
			{ronde.acties.length > 0 && (
				<section aria-labelledby="eerder-acties">
					<h3 id="eerder-acties">Uw acties uit deze ronde</h3>
					<ul>
						{ronde.acties.map((a) => (
							<li key={a.id}>
								{a.wat || 'Actie zonder omschrijving'}
								{a.wie && `, door ${a.wie}`}
								{a.voor && `, vóór ${a.voor}`}
							</li>
						))}
					</ul>
				</section>
			)}
		</View>
	);
}
