import type { Zelfscan } from '../../lib/zelfscan/schema';
import { isAnswered, progress, UNKNOWN, type ThemeScore } from '../../lib/zelfscan/scoring';
import type { Round } from '../../lib/zelfscan/definitie';
import { count } from '../../lib/tekst';

interface Props {
	scan: Zelfscan;
	round: Round;
	scores: ThemeScore[];
}

/**
 * "Controleer uw antwoorden": every statement with its answer and a change
 * link (GOV.UK check answers). The link text carries the statement for
 * screen readers, so "Wijzig" is never ambiguous.
 */
export function Controleer({ scan, round, scores }: Props) {
	const p = progress(scores);
	const open = p.total - p.answered;
	return (
		<section class="zs-view" aria-labelledby="controleren">
			<h2 id="controleren" tabIndex={-1}>
				Controleer uw antwoorden
			</h2>
			<p>
				{open === 0
					? 'U heeft alle stellingen beantwoord.'
					: `Nog ${count(open, 'stelling', 'stellingen')} zonder antwoord. U kunt ze nu invullen of later.`}{' '}
				Klopt alles? Ga dan naar de resultaten.
			</p>
			{scan.themes.map((theme) => (
				<section key={theme.id} aria-labelledby={`controle-${theme.id}`}>
					<h3 id={`controle-${theme.id}`}>{theme.title}</h3>
					<dl class="zs-overzicht">
						{theme.statements.map((statement) => {
							const answer = round.answers[statement.id];
							const score = answer?.score;
							const answered = isAnswered(score, scan.scale.length);
							return (
								<div class="zs-overzicht-rij" key={statement.id}>
									<dt>{statement.text}</dt>
									<dd>
										<p class={answered ? undefined : 'zs-leeg'}>
											{!answered
												? 'Nog niet beantwoord'
												: score === UNKNOWN
													? scan.unknownLabel
													: scan.scale[score - 1]}
										</p>
										{answer?.talk && <p class="zs-praten">Hier wil ik over praten</p>}
										{answer?.note && <p class="zs-notitie">Notitie: {answer.note}</p>}
									</dd>
									<dd class="zs-wijzig kb-no-print">
										<a href={`#stelling-${statement.id}`}>
											Wijzig<span class="sr-only"> uw antwoord op: {statement.text}</span>
										</a>
									</dd>
								</div>
							);
						})}
					</dl>
				</section>
			))}
			<p class="kb-no-print">
				<a class="kb-button" href="#resultaten">
					Naar de resultaten
				</a>
			</p>
		</section>
	);
}
