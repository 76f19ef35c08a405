import {
	actieplan,
	addActie,
	choosePrioriteit,
	MAX_PRIORITEITEN,
	MIN_PRIORITEITEN,
	type Plan,
	removeActie,
	teveelPrioriteiten,
	updateActie,
} from '../../lib/zelfscan/actieplan';
import { MAX_FIELD } from '../../lib/zelfscan/definition';
import { ColumnHeads } from '../ColumnHeads';

interface Props {
	/** Prefix of the element ids, unique on the page (the team overview can hold several scans). */
	id: string;
	/** Heading level of the plan's heading; its themes get the level below. */
	level: 3 | 4;
	/** The themes to choose from, each with its score in words ("gemiddeld 2,5", "mediaan 3,0"). */
	themas: readonly { id: string; titel: string; detail: string }[];
	plan: Plan;
	/** Apply a change to the plan (the caller saves it). */
	onChange: (change: <P extends Plan>(plan: P) => P) => void;
	/** Text of a print button under the plan; none when the page prints elsewhere. */
	printLabel?: string;
}

/**
 * Choose 2 or 3 priority themes and turn them into actions (wat, wie,
 * wanneer), for a single scan's round and for a team's plan alike. The form
 * is for the screen; a plain table is printed instead.
 */
export function Actieplan({ id, level, themas, plan, onChange, printLabel }: Props) {
	const H = `h${level}` as const;
	const Sub = `h${level + 1}` as 'h4' | 'h5';
	const title = (themaId: string) => themas.find((t) => t.id === themaId)?.titel ?? themaId;
	const chosen = plan.prioriteiten.filter((themaId) => themas.some((t) => t.id === themaId));
	const tooMany = teveelPrioriteiten(chosen.length);
	const acties = actieplan({ ...plan, prioriteiten: chosen });
	const choose = (themaId: string, on: boolean) => onChange((p) => choosePrioriteit(p, themaId, on));
	const changeActie = (actieId: string, change: Parameters<typeof updateActie>[2]) =>
		onChange((p) => updateActie(p, actieId, change));
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
		<section aria-labelledby={id}>
			<H id={id}>Prioriteiten en actieplan</H>
			<div class="kb-no-print">
				<fieldset class="zs-prioriteiten" aria-describedby={tooMany ? `${id}-fout` : `${id}-hulp`}>
					<legend>Met welke thema's gaat u als eerste aan de slag?</legend>
					<p id={`${id}-hulp`} class="zs-hulp">
						Kies {MIN_PRIORITEITEN} of {MAX_PRIORITEITEN} thema's. Begin bijvoorbeeld bij een zwak thema waar u snel
						iets kunt doen.
					</p>
					{tooMany && (
						<p id={`${id}-fout`} class="zs-fout">
							{tooMany}
						</p>
					)}
					{themas.map((thema) => (
						<label class="zs-keuze" key={thema.id}>
							<input
								type="checkbox"
								checked={chosen.includes(thema.id)}
								onChange={(e) => choose(thema.id, e.currentTarget.checked)}
							/>
							<span>
								{thema.titel}
								<span class="kb-muted"> ({thema.detail})</span>
							</span>
						</label>
					))}
				</fieldset>

				{acties.map(({ themaId, acties }) => (
					<section class="zs-acties" key={themaId} aria-labelledby={`${id}-${themaId}`}>
						<Sub id={`${id}-${themaId}`}>{title(themaId)}</Sub>
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
								<button type="button" class="secondary" onClick={() => onChange((p) => removeActie(p, actie.id))}>
									Verwijder actie {n + 1}
									<span class="sr-only"> bij {title(themaId)}</span>
								</button>
							</fieldset>
						))}
						<button type="button" class="secondary" onClick={() => onChange((p) => addActie(p, themaId))}>
							Actie toevoegen<span class="sr-only"> bij {title(themaId)}</span>
						</button>
					</section>
				))}
				{printLabel && chosen.length > 0 && (
					<p>
						<button type="button" onClick={() => window.print()}>
							{printLabel}
						</button>
					</p>
				)}
			</div>

			<div class="kb-print-only">
				<ActieTabel themas={themas} plan={plan} />
			</div>
		</section>
	);
}

/** The plan as a plain table, for print and for the team report. */
export function ActieTabel({ themas, plan }: Pick<Props, 'themas' | 'plan'>) {
	const title = (themaId: string) => themas.find((t) => t.id === themaId)?.titel ?? themaId;
	const acties = actieplan({ ...plan, prioriteiten: plan.prioriteiten.filter((t) => themas.some((s) => s.id === t)) });
	if (acties.length === 0) return <p>Er zijn nog geen prioriteiten gekozen.</p>;
	return (
		<table class="zs-tabel">
			<caption>Actieplan</caption>
			<ColumnHeads names={['Thema', 'Actie', 'Wie', 'Wanneer']} />
			<tbody>
				{acties.flatMap(({ themaId, acties }) =>
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
	);
}
