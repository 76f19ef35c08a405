import { count } from '../../lib/format';
import type { Antwoord, BewijsAntwoord, Ronde } from '../../lib/zelfscan/definition';
import type { Zelfscan } from '../../lib/zelfscan/schema';
import { progress, STATUS_LABEL, type ThemaScore } from '../../lib/zelfscan/scoring';
import { Onderdeel } from './Onderdeel';
import { View } from './View';

interface Props {
	scan: Zelfscan;
	ronde: Ronde;
	scores: ThemaScore[];
	openThema: string;
	onAntwoord: (onderdeelId: string, change: Partial<Antwoord>) => void;
	onBewijs: (onderdeelId: string, bewijsId: string, value: BewijsAntwoord) => void;
}

/**
 * Answering: a task list of themes with their status (GOV.UK "complete
 * multiple tasks"), and the items of the open theme. Themes can be done in
 * any order; every answer is saved at once.
 */
export function Questions({ scan, ronde, scores, openThema, onAntwoord, onBewijs }: Props) {
	const index = Math.max(
		0,
		scan.themas.findIndex((t) => t.id === openThema),
	);
	const thema = scan.themas[index];
	const next = scan.themas[index + 1];
	const previous = scan.themas[index - 1];
	const p = progress(scores);
	const w = scan.woorden;
	const Thema = w.thema[0].toUpperCase() + w.thema.slice(1);

	return (
		<View id="vragen" title="Vragen">
			<p>
				U heeft {p.answered} van de {count(p.total, w.onderdeel, w.onderdelen)} beantwoord. {p.themasDone} van de{' '}
				{p.themas} {w.themas} {p.themasDone === 1 ? 'is' : 'zijn'} klaar.
			</p>
			<h3 class="sr-only">{w.themas[0].toUpperCase() + w.themas.slice(1)}</h3>
			<ol class="zs-taken">
				{scan.themas.map((t, i) => {
					const s = scores[i];
					return (
						<li key={t.id} class="zs-taak">
							<a
								href={`#thema-${t.id}`}
								aria-current={t.id === thema.id ? 'true' : undefined}
								aria-describedby={`status-${t.id}`}
							>
								{t.titel}
							</a>
							<span id={`status-${t.id}`} class={`zs-status zs-status--${s.status}`}>
								{STATUS_LABEL[s.status]}
								<span class="zs-status-aantal">
									{' '}
									({s.answered} van {s.total})
								</span>
							</span>
						</li>
					);
				})}
			</ol>

			<section class="zs-thema" aria-labelledby={`thema-${thema.id}`} key={thema.id}>
				<h3 id={`thema-${thema.id}`} tabIndex={-1}>
					{thema.titel}
				</h3>
				<p class="kb-muted">
					{Thema} {index + 1} van {scan.themas.length}
				</p>
				{thema.intro && <p>{thema.intro}</p>}
				{thema.onderdelen.map((onderdeel) => (
					<Onderdeel
						key={onderdeel.id}
						scan={scan}
						onderdeel={onderdeel}
						antwoord={ronde.antwoorden[onderdeel.id]}
						onChange={(change) => onAntwoord(onderdeel.id, change)}
						onBewijs={(bewijsId, value) => onBewijs(onderdeel.id, bewijsId, value)}
					/>
				))}
				<p class="zs-verder">
					{next ? (
						<a class="kb-button" href={`#thema-${next.id}`}>
							Volgend {w.thema}
							<span class="sr-only">: {next.titel}</span>
						</a>
					) : (
						<a class="kb-button" href="#controleren">
							Controleer uw antwoorden
						</a>
					)}
					{previous && (
						<a href={`#thema-${previous.id}`}>
							Vorig {w.thema}
							<span class="sr-only">: {previous.titel}</span>
						</a>
					)}
					{next && <a href="#controleren">Controleer uw antwoorden</a>}
				</p>
			</section>
		</View>
	);
}
