import { count } from '../../lib/format';
import type { Antwoord, Ronde } from '../../lib/zelfscan/definition';
import type { Zelfscan } from '../../lib/zelfscan/schema';
import { progress, STATUS_LABEL, type ThemaScore } from '../../lib/zelfscan/scoring';
import { Stelling } from './Stelling';
import { View } from './View';

interface Props {
	scan: Zelfscan;
	ronde: Ronde;
	scores: ThemaScore[];
	openThema: string;
	onAntwoord: (stellingId: string, change: Partial<Antwoord>) => void;
}

/**
 * Answering: a task list of themes with their status (GOV.UK "complete
 * multiple tasks"), and the statements of the open theme. Themes can be
 * done in any order; every answer is saved at once.
 */
export function Questions({ scan, ronde, scores, openThema, onAntwoord }: Props) {
	const index = Math.max(
		0,
		scan.themes.findIndex((t) => t.id === openThema),
	);
	const thema = scan.themes[index];
	const next = scan.themes[index + 1];
	const previous = scan.themes[index - 1];
	const p = progress(scores);

	return (
		<View id="vragen" title="Vragen">
			<p>
				U heeft {p.answered} van de {count(p.total, 'stelling', 'stellingen')} beantwoord. {p.themasDone} van de{' '}
				{p.themas} thema's {p.themasDone === 1 ? 'is' : 'zijn'} klaar. U kunt de thema's in elke volgorde invullen. Elk
				antwoord wordt meteen bewaard.
			</p>
			<h3 class="sr-only">Thema's</h3>
			<ol class="zs-taken">
				{scan.themes.map((t, i) => {
					const s = scores[i];
					return (
						<li key={t.id} class="zs-taak">
							<a
								href={`#thema-${t.id}`}
								aria-current={t.id === thema.id ? 'true' : undefined}
								aria-describedby={`status-${t.id}`}
							>
								{t.title}
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
					{thema.title}
				</h3>
				<p class="kb-muted">
					Thema {index + 1} van {scan.themes.length}
				</p>
				{thema.intro && <p>{thema.intro}</p>}
				{thema.statements.map((stelling) => (
					<Stelling
						key={stelling.id}
						stelling={stelling}
						scale={scan.scale}
						unknownLabel={scan.unknownLabel}
						antwoord={ronde.antwoorden[stelling.id]}
						onChange={(change) => onAntwoord(stelling.id, change)}
					/>
				))}
				<p class="zs-verder">
					{next ? (
						<a class="kb-button" href={`#thema-${next.id}`}>
							Volgend thema<span class="sr-only">: {next.title}</span>
						</a>
					) : (
						<a class="kb-button" href="#controleren">
							Controleer uw antwoorden
						</a>
					)}
					{previous && (
						<a href={`#thema-${previous.id}`}>
							Vorig thema<span class="sr-only">: {previous.title}</span>
						</a>
					)}
					{next && <a href="#controleren">Controleer uw antwoorden</a>}
				</p>
			</section>
		</View>
	);
}
