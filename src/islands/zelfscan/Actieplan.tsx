import type { Zelfscan } from '../../lib/zelfscan/schema';
import type { ThemeScore } from '../../lib/zelfscan/scoring';
import { formatScore } from '../../lib/zelfscan/uitkomst';
import {
	actionPlan,
	addAction,
	choosePriority,
	MAX_PRIORITIES,
	MIN_PRIORITIES,
	removeAction,
	updateAction,
} from '../../lib/zelfscan/actieplan';
import type { Round } from '../../lib/zelfscan/definitie';

interface Props {
	scan: Zelfscan;
	round: Round;
	scores: ThemeScore[];
	/** Apply a change to the current round (the tool saves it). */
	onChangeRound: (change: (round: Round) => Round) => void;
}

/**
 * Choose 2 or 3 priority themes and turn them into actions (wat, wie,
 * wanneer). The form is for the screen; a plain table is printed instead.
 */
export function Actieplan({ scan, round, scores, onChangeRound }: Props) {
	const title = (id: string) => scan.themes.find((t) => t.id === id)?.title ?? id;
	const chosen = round.priorities.filter((id) => scan.themes.some((t) => t.id === id));
	const tooMany = chosen.length > MAX_PRIORITIES;
	const plan = actionPlan({ ...round, priorities: chosen });
	const choose = (themeId: string, on: boolean) => onChangeRound((r) => choosePriority(r, themeId, on));
	const changeAction = (actionId: string, change: Parameters<typeof updateAction>[2]) =>
		onChangeRound((r) => updateAction(r, actionId, change));

	return (
		<section aria-labelledby="actieplan">
			<h3 id="actieplan">Prioriteiten en actieplan</h3>
			<div class="kb-no-print">
				<fieldset class="zs-prioriteiten" aria-describedby={tooMany ? 'prioriteiten-fout' : 'prioriteiten-hulp'}>
					<legend>Met welke thema's gaat u als eerste aan de slag?</legend>
					<p id="prioriteiten-hulp" class="zs-hulp">
						Kies {MIN_PRIORITIES} of {MAX_PRIORITIES} thema's. Begin bijvoorbeeld bij een zwak thema waar u snel iets
						kunt doen.
					</p>
					{tooMany && (
						<p id="prioriteiten-fout" class="zs-fout">
							U heeft {chosen.length} thema's gekozen. Kies er niet meer dan {MAX_PRIORITIES}, dan blijft het plan
							haalbaar.
						</p>
					)}
					{scan.themes.map((theme, i) => (
						<label class="zs-keuze" key={theme.id}>
							<input
								type="checkbox"
								checked={chosen.includes(theme.id)}
								onChange={(e) => choose(theme.id, e.currentTarget.checked)}
							/>
							<span>
								{theme.title}
								<span class="kb-muted">
									{' '}
									({scores[i].average === null ? 'geen score' : `score ${formatScore(scores[i].average)}`})
								</span>
							</span>
						</label>
					))}
				</fieldset>

				{plan.map(({ themeId, actions }) => (
					<section class="zs-acties" key={themeId} aria-labelledby={`acties-${themeId}`}>
						<h4 id={`acties-${themeId}`}>{title(themeId)}</h4>
						{actions.map((action, n) => (
							<fieldset class="zs-actie" key={action.id}>
								<legend>
									Actie {n + 1}
									<span class="sr-only"> bij {title(themeId)}</span>
								</legend>
								<div class="zs-veld">
									<label for={`actie-wat-${action.id}`}>Wat gaat u doen?</label>
									<input
										id={`actie-wat-${action.id}`}
										type="text"
										maxLength={300}
										value={action.what}
										onInput={(e) => changeAction(action.id, { what: e.currentTarget.value })}
									/>
								</div>
								<div class="zs-veld-rij">
									<div class="zs-veld">
										<label for={`actie-wie-${action.id}`}>Wie?</label>
										<input
											id={`actie-wie-${action.id}`}
											type="text"
											maxLength={300}
											value={action.who}
											onInput={(e) => changeAction(action.id, { who: e.currentTarget.value })}
										/>
									</div>
									<div class="zs-veld">
										<label for={`actie-wanneer-${action.id}`}>Wanneer?</label>
										<input
											id={`actie-wanneer-${action.id}`}
											type="text"
											maxLength={300}
											value={action.when}
											onInput={(e) => changeAction(action.id, { when: e.currentTarget.value })}
										/>
									</div>
								</div>
								<button
									type="button"
									class="secondary"
									onClick={() => onChangeRound((r) => removeAction(r, action.id))}
								>
									Verwijder actie {n + 1}
									<span class="sr-only"> bij {title(themeId)}</span>
								</button>
							</fieldset>
						))}
						<button type="button" class="secondary" onClick={() => onChangeRound((r) => addAction(r, themeId))}>
							Actie toevoegen<span class="sr-only"> bij {title(themeId)}</span>
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
						<thead>
							<tr>
								<th scope="col">Thema</th>
								<th scope="col">Actie</th>
								<th scope="col">Wie</th>
								<th scope="col">Wanneer</th>
							</tr>
						</thead>
						<tbody>
							{plan.flatMap(({ themeId, actions }) =>
								(actions.length ? actions : [null]).map((action, n) => (
									<tr key={action?.id ?? themeId}>
										<td>{n === 0 ? title(themeId) : ''}</td>
										<td>{action?.what || '…'}</td>
										<td>{action?.who || '…'}</td>
										<td>{action?.when || '…'}</td>
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
