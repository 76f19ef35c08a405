import { count } from '../../lib/format';
import type { Ronde } from '../../lib/zelfscan/definition';
import { keuzeLabel } from '../../lib/zelfscan/profiel';
import type { Zelfscan } from '../../lib/zelfscan/schema';
import { keuzeOf, progress, type ThemaScore } from '../../lib/zelfscan/scoring';
import { View } from './View';

interface Props {
	scan: Zelfscan;
	ronde: Ronde;
	scores: ThemaScore[];
}

/**
 * "Controleer uw antwoorden": every item with its answer and a change link
 * (GOV.UK check answers). The link text carries the item for screen
 * readers, so "Wijzig" is never ambiguous.
 */
export function CheckAntwoorden({ scan, ronde, scores }: Props) {
	const p = progress(scores);
	const open = p.total - p.answered;
	const w = scan.woorden;
	const points = scan.schaal.length;
	return (
		<View id="controleren" title="Controleer uw antwoorden">
			<p>
				{open === 0
					? `U heeft alle ${w.onderdelen} beantwoord.`
					: `Nog ${count(open, w.onderdeel, w.onderdelen)} zonder antwoord. U kunt ze nu invullen of later.`}{' '}
				Klopt alles? Ga dan naar de resultaten.
			</p>
			{scan.themas.map((thema) => (
				<section key={thema.id} aria-labelledby={`controle-${thema.id}`}>
					<h3 id={`controle-${thema.id}`}>{thema.titel}</h3>
					<dl class="zs-overzicht">
						{thema.onderdelen.map((onderdeel) => {
							const antwoord = ronde.antwoorden[onderdeel.id];
							const keuze = keuzeOf(antwoord, points);
							return (
								<div class="zs-overzicht-rij" key={onderdeel.id}>
									<dt>{onderdeel.tekst}</dt>
									<dd>
										<p class={keuze === null ? 'zs-leeg' : undefined}>
											{keuze === null ? 'Nog niet beantwoord' : keuzeLabel(scan, keuze)}
										</p>
										{typeof keuze === 'number' && onderdeel.niveaus && (
											<p class="kb-muted">{onderdeel.niveaus[keuze - 1]}</p>
										)}
										{antwoord?.bespreken && <p class="zs-praten">Hier wil ik over praten</p>}
										{antwoord?.notitie && <p class="zs-notitie">Notitie: {antwoord.notitie}</p>}
									</dd>
									<dd class="zs-wijzig kb-no-print">
										<a href={`#onderdeel-${onderdeel.id}`}>
											Wijzig<span class="sr-only"> uw antwoord op: {onderdeel.tekst}</span>
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
