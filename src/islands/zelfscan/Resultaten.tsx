import type { Zelfscan } from '../../lib/zelfscan/schema';
import { progress, type ThemeScore } from '../../lib/zelfscan/scoring';
import { adviceFor, formatScore, strongestAndWeakest } from '../../lib/zelfscan/uitkomst';
import { deelcodeFromAnswers } from '../../lib/zelfscan/deelcode';
import type { Round } from '../../lib/zelfscan/definitie';
import { Actieplan } from './Actieplan';
import { Deelcode } from './Deelcode';
import { Grafiek } from './Grafiek';
import { count } from '../../lib/tekst';
import type { GuideLink, LinkMap } from './shared';

interface Props {
	scan: Zelfscan;
	round: Round;
	roundName: string;
	scores: ThemeScore[];
	links: LinkMap;
	/** Apply a change to the current round (the tool saves it). */
	onChangeRound: (change: (round: Round) => Round) => void;
	onNewRound: () => void;
}

/** "2,7 van 4" */
const scoreText = (s: ThemeScore, points: number) =>
	s.average === null ? 'Geen score' : `${formatScore(s.average)} van ${points}`;

/** Results of one round: chart and table, strongest and weakest, talk list, advice, action plan, deelcode. */
export function Resultaten(props: Props) {
	const { scan, round, roundName, scores, links } = props;
	const points = scan.scale.length;
	const p = progress(scores);
	const unknown = scores.reduce((n, s) => n + s.unknown, 0);
	const scored = scores.filter((s) => s.average !== null);
	const { strongest, weakest } = strongestAndWeakest(scores);
	const themeOf = (s: ThemeScore) => scan.themes.find((t) => t.id === s.themeId)!;
	const talk = scan.themes.flatMap((theme) =>
		theme.statements.filter((st) => round.answers[st.id]?.talk).map((st) => ({ theme, statement: st })),
	);
	const scaleText = `1 is ${scan.scale[0]}, ${points} is ${scan.scale[points - 1]}`;
	const description = scored.length
		? `${scores
				.map((s) => `${themeOf(s).title}: ${s.average === null ? 'geen score' : formatScore(s.average)}`)
				.join('; ')}.`
		: 'Nog geen scores.';

	return (
		<section class="zs-view" aria-labelledby="resultaten">
			<h2 id="resultaten" tabIndex={-1}>
				Resultaten
			</h2>
			<p>
				{roundName}. U heeft {p.answered} van de {count(p.total, 'stelling', 'stellingen')} beantwoord.
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
						<Grafiek
							id="grafiek-ronde"
							title={`Score per thema, ${roundName}`}
							description={description}
							rows={scores.map((s) => ({ label: themeOf(s).title, values: [s.average] }))}
							series={['Score']}
							scale={scan.scale}
						/>
						<table class="zs-tabel">
							<caption>Score per thema ({scaleText})</caption>
							<thead>
								<tr>
									<th scope="col">Thema</th>
									<th scope="col">Score</th>
									<th scope="col">Stand</th>
									<th scope="col">Beantwoord</th>
								</tr>
							</thead>
							<tbody>
								{scores.map((s) => (
									<tr key={s.themeId}>
										<th scope="row">{themeOf(s).title}</th>
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
											<li key={s.themeId}>
												{themeOf(s).title}: {scoreText(s, points)}
											</li>
										))}
									</ul>
								</div>
								<div>
									<h4>Hier valt het meest te winnen</h4>
									<ul>
										{weakest.map((s) => (
											<li key={s.themeId}>
												{themeOf(s).title}: {scoreText(s, points)}
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
				{talk.length === 0 ? (
					<p>U heeft geen stellingen aangevinkt met "Hier wil ik over praten".</p>
				) : (
					<ul>
						{talk.map(({ theme, statement }) => (
							<li key={statement.id}>
								{statement.text} <span class="kb-muted">({theme.title})</span>
							</li>
						))}
					</ul>
				)}
			</section>

			<section aria-labelledby="advies">
				<h3 id="advies">Advies per thema</h3>
				{scan.themes.map((theme, i) => {
					const s = scores[i];
					const advice = adviceFor(theme, s.band);
					const guide = advice
						? [
								...advice.steps.map((id) => links[`stap:${id}`]),
								...advice.examples.map((id) => links[`voorbeeld:${id}`]),
							].filter((l): l is GuideLink => Boolean(l))
						: [];
					return (
						<div class="zs-advies" key={theme.id}>
							<h4>
								{theme.title}
								<span class="zs-band">{s.band ? `${s.band.label}, ${scoreText(s, points)}` : 'Geen score'}</span>
							</h4>
							{advice ? <p>{advice.text}</p> : <p>Beantwoord de stellingen van dit thema om advies te krijgen.</p>}
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

			<Actieplan scan={scan} round={round} scores={scores} onChangeRound={props.onChangeRound} />

			<Deelcode code={deelcodeFromAnswers(scan, round.answers)} />

			<section class="kb-no-print" aria-labelledby="nieuwe-ronde">
				<h3 id="nieuwe-ronde">Later opnieuw kijken</h3>
				<p>
					Wilt u over een tijd zien wat er veranderd is? Begin dan een nieuwe ronde. Deze ronde blijft bewaard, zodat u
					de rondes kunt vergelijken.
				</p>
				<button type="button" class="secondary" onClick={props.onNewRound}>
					Begin een nieuwe ronde
				</button>
			</section>
		</section>
	);
}
