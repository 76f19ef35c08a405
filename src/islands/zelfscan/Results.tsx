import { count } from '../../lib/format';
import { formatNumber } from '../../lib/number';
import { deelcodeFromAntwoorden } from '../../lib/zelfscan/deelcode';
import type { Ronde } from '../../lib/zelfscan/definition';
import type { GuideLink, LinkMap } from '../../lib/zelfscan/links';
import { adviesFor, strongestAndWeakest } from '../../lib/zelfscan/results';
import type { Zelfscan } from '../../lib/zelfscan/schema';
import { progress, type ThemaScore } from '../../lib/zelfscan/scoring';
import { ColumnHeads } from '../ColumnHeads';
import { Actieplan } from './Actieplan';
import { Chart } from './Chart';
import { Deelcode } from './Deelcode';
import { View } from './View';

interface Props {
	scan: Zelfscan;
	ronde: Ronde;
	rondeName: string;
	scores: ThemaScore[];
	links: LinkMap;
	/** Apply a change to the current round (the tool saves it). */
	onChangeRonde: (change: (ronde: Ronde) => Ronde) => void;
	onNewRonde: () => void;
}

/** "2,7 van 4" */
const scoreText = (s: ThemaScore, points: number) =>
	s.average === null ? 'Geen score' : `${formatNumber(s.average)} van ${points}`;

/** Results of one round: chart and table, strongest and weakest, talk list, advice, action plan, deelcode. */
export function Results(props: Props) {
	const { scan, ronde, rondeName, scores, links } = props;
	const points = scan.scale.length;
	const p = progress(scores);
	const unknown = scores.reduce((n, s) => n + s.unknown, 0);
	const scored = scores.filter((s) => s.average !== null);
	const { strongest, weakest } = strongestAndWeakest(scores);
	const titleOf = (s: ThemaScore) => scan.themes.find((t) => t.id === s.themaId)?.title ?? s.themaId;
	const bespreken = scan.themes.flatMap((thema) =>
		thema.statements.filter((st) => ronde.antwoorden[st.id]?.bespreken).map((st) => ({ thema, stelling: st })),
	);
	const scaleText = `1 is ${scan.scale[0]}, ${points} is ${scan.scale[points - 1]}`;
	const description = scored.length
		? `${scores
				.map((s) => `${titleOf(s)}: ${s.average === null ? 'geen score' : formatNumber(s.average)}`)
				.join('; ')}.`
		: 'Nog geen scores.';

	return (
		<View id="resultaten" title="Resultaten">
			<p>
				{rondeName}. U heeft {p.answered} van de {count(p.total, 'stelling', 'stellingen')} beantwoord.
				{unknown > 0 && ` ${unknown} keer koos u "${scan.unknownLabel}". Die antwoorden tellen niet mee in de score.`}
			</p>

			{scored.length === 0 ? (
				<p class="kb-notice">
					Er is nog geen score. Beantwoord eerst een paar stellingen bij <a href="#vragen">Vragen</a>.
				</p>
			) : (
				<>
					<section aria-labelledby="score-per-thema">
						<h3 id="score-per-thema">Score per thema</h3>
						<p>
							De score is het gemiddelde van uw antwoorden per thema, van 1 tot {points} ({scaleText}).
						</p>
						<Chart
							id="grafiek-ronde"
							title={`Score per thema, ${rondeName}`}
							description={description}
							rows={scores.map((s) => ({ label: titleOf(s), values: [s.average] }))}
							series={['Score']}
							scale={scan.scale}
						/>
						<table class="zs-tabel">
							<caption>Score per thema ({scaleText})</caption>
							<ColumnHeads names={['Thema', 'Score', 'Stand', 'Beantwoord']} />
							<tbody>
								{scores.map((s) => (
									<tr key={s.themaId}>
										<th scope="row">{titleOf(s)}</th>
										<td>{scoreText(s, points)}</td>
										<td>{s.band?.label ?? '–'}</td>
										<td>
											{s.answered} van {s.total}
											{s.unknown > 0 && `, waarvan ${s.unknown} weet ik niet`}
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</section>

					<section aria-labelledby="sterk-zwak">
						<h3 id="sterk-zwak">Sterkste en zwakste thema's</h3>
						{strongest.length === 0 && weakest.length === 0 ? (
							<p>Er is (nog) geen verschil tussen de thema's te zien.</p>
						) : (
							<div class="zs-twee">
								<div>
									<h4>Hier staat u het sterkst</h4>
									<ul>
										{strongest.map((s) => (
											<li key={s.themaId}>
												{titleOf(s)}: {scoreText(s, points)}
											</li>
										))}
									</ul>
								</div>
								<div>
									<h4>Hier valt het meest te winnen</h4>
									<ul>
										{weakest.map((s) => (
											<li key={s.themaId}>
												{titleOf(s)}: {scoreText(s, points)}
											</li>
										))}
									</ul>
								</div>
							</div>
						)}
					</section>
				</>
			)}

			<section aria-labelledby="praten">
				<h3 id="praten">Hier wilt u over praten</h3>
				{bespreken.length === 0 ? (
					<p>U heeft geen stellingen aangevinkt met "Hier wil ik over praten".</p>
				) : (
					<ul>
						{bespreken.map(({ thema, stelling }) => (
							<li key={stelling.id}>
								{stelling.text} <span class="kb-muted">({thema.title})</span>
							</li>
						))}
					</ul>
				)}
			</section>

			<section aria-labelledby="advies">
				<h3 id="advies">Advies per thema</h3>
				{scan.themes.map((thema, i) => {
					const s = scores[i];
					const advies = adviesFor(thema, s.band);
					const guide = advies
						? [
								...advies.steps.map((id) => links[`stap:${id}`]),
								...advies.examples.map((id) => links[`voorbeeld:${id}`]),
							].filter((l): l is GuideLink => Boolean(l))
						: [];
					return (
						<div class="zs-advies" key={thema.id}>
							<h4>
								{thema.title}
								<span class="zs-band">{s.band ? `${s.band.label}, ${scoreText(s, points)}` : 'Geen score'}</span>
							</h4>
							{advies ? <p>{advies.text}</p> : <p>Beantwoord de stellingen van dit thema om advies te krijgen.</p>}
							{guide.length > 0 && (
								<ul class="zs-links">
									{guide.map((l) => (
										<li key={l.href}>
											<a href={l.href}>{l.label}</a>
										</li>
									))}
								</ul>
							)}
						</div>
					);
				})}
			</section>

			<Actieplan scan={scan} ronde={ronde} scores={scores} onChangeRonde={props.onChangeRonde} />

			<Deelcode code={deelcodeFromAntwoorden(scan, ronde.antwoorden)} />

			<section class="kb-no-print" aria-labelledby="nieuwe-ronde">
				<h3 id="nieuwe-ronde">Later opnieuw kijken</h3>
				<p>
					Wilt u over een tijd zien wat er veranderd is? Begin dan een nieuwe ronde. Deze ronde blijft bewaard, zodat u
					de rondes kunt vergelijken.
				</p>
				<button type="button" class="secondary" onClick={props.onNewRonde}>
					Begin een nieuwe ronde
				</button>
			</section>
		</View>
	);
}
