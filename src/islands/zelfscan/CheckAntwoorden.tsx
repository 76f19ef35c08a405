import { count } from '../../lib/format';
import type { Ronde } from '../../lib/zelfscan/definition';
import type { Zelfscan } from '../../lib/zelfscan/schema';
import { isAnswered, progress, type ThemaScore, UNKNOWN } from '../../lib/zelfscan/scoring';
import { View } from './View';

interface Props {
	scan: Zelfscan;
	ronde: Ronde;
	scores: ThemaScore[];
}

/**
 * "Controleer uw antwoorden": every statement with its answer and a change
 * link (GOV.UK check answers). The link text carries the statement for
 * screen readers, so "Wijzig" is never ambiguous.
 */
export function CheckAntwoorden({ scan, ronde, scores }: Props) {
	const p = progress(scores);
	const open = p.total - p.answered;
	return (
		<View id="controleren" title="Controleer uw antwoorden">
			<p>
				{open === 0
					? 'U heeft alle stellingen beantwoord.'
					: `Nog ${count(open, 'stelling', 'stellingen')} zonder antwoord. U kunt ze nu invullen of later.`}{' '}
				Klopt alles? Ga dan naar de resultaten.
			</p>
			{scan.themes.map((thema) => (
				<section key={thema.id} aria-labelledby={`controle-${thema.id}`}>
					<h3 id={`controle-${thema.id}`}>{thema.title}</h3>
					<dl class="zs-overzicht">
						{thema.statements.map((stelling) => {
							const antwoord = ronde.antwoorden[stelling.id];
							const score = antwoord?.score;
							const answered = isAnswered(score, scan.scale.length);
							return (
								<div class="zs-overzicht-rij" key={stelling.id}>
									<dt>{stelling.text}</dt>
									<dd>
										<p class={answered ? undefined : 'zs-leeg'}>
											{!answered
												? 'Nog niet beantwoord'
												: score === UNKNOWN
													? scan.unknownLabel
													: scan.scale[score - 1]}
										</p>
										{antwoord?.bespreken && <p class="zs-praten">Hier wil ik over praten</p>}
										{antwoord?.notitie && <p class="zs-notitie">Notitie: {antwoord.notitie}</p>}
									</dd>
									<dd class="zs-wijzig kb-no-print">
										<a href={`#stelling-${stelling.id}`}>
											Wijzig<span class="sr-only"> uw antwoord op: {stelling.text}</span>
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
		</View>
	);
}
