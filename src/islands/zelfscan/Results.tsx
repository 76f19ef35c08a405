import { count } from '../../lib/format';
import { formatNumber } from '../../lib/number';
import { deelcodeFromAntwoorden } from '../../lib/zelfscan/deelcode';
import type { Ronde } from '../../lib/zelfscan/definition';
import type { GuideLink, LinkMap } from '../../lib/zelfscan/links';
import { formatTelling, resultaatScan } from '../../lib/zelfscan/profiel';
import { formatThemaScore, scoringUitleg } from '../../lib/zelfscan/results';
import { setRol } from '../../lib/zelfscan/rol';
import type { Zelfscan, ZelfscanOnderdeel } from '../../lib/zelfscan/schema';
import { progress, type ThemaScore } from '../../lib/zelfscan/scoring';
import { findBewijsVraagtekens, findVolgendeStappen, type Kandidaat } from '../../lib/zelfscan/volgende-stappen';
import { ColumnHeads } from '../ColumnHeads';
import { Loading, useLazy, usePartsShown } from '../lazy';
import { Actieplan } from './Actieplan';
import { Chart } from './Chart';
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

function guideOf(onderdeel: ZelfscanOnderdeel, links: LinkMap): GuideLink[] {
	const { stappen, voorbeelden } = onderdeel.volgendeStap;
	return [...stappen.map((id) => links[`stap:${id}`]), ...voorbeelden.map((id) => links[`voorbeeld:${id}`])].filter(
		(l): l is GuideLink => Boolean(l),
	);
}

/** One next step: the item, the answer given, the next level, what to do, who, and the links. */
function VolgendeStap({
	k,
	scan,
	links,
	heading,
}: {
	k: Kandidaat;
	scan: Zelfscan;
	links: LinkMap;
	heading: 'h4' | 'h5';
}) {
	const H = heading;
	const guide = guideOf(k.onderdeel, links);
	return (
		<div class="zs-advies">
			<H>
				{k.onderdeel.tekst}
				<span class="zs-band">
					{k.themaTitel}. Uw antwoord: {scan.schaal[k.score - 1]}
				</span>
			</H>
			{k.volgendNiveau && (
				<p>
					<strong>Volgend niveau:</strong> {k.volgendNiveau}
				</p>
			)}
			<p>
				<strong>Wat u kunt doen:</strong> {k.onderdeel.volgendeStap.wat}
			</p>
			<p>
				<strong>Wie:</strong> {k.onderdeel.volgendeStap.wie}
			</p>
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
}

/**
 * Results of one round: how the scoring works, the three most useful next
 * steps, the profile per part (before any mean), the table and chart with
 * the honest count, what to find out first, all other next steps, the talk
 * list, the action plan and the deelcode.
 */
// The deelcode, its link and QR code load after the results: only a team or a workshop needs them.
const loadDeelcode = () => import('./Deelcode').then((m) => m.Deelcode);
const PARTS = 5;

export function Results(props: Props) {
	const { scan, ronde, rondeName, links } = props;
	const [Deelcode, deelcodeFailed] = useLazy(loadDeelcode, true);
	// Five parts, drawn one task after another (see usePartsShown): the first screen comes at once.
	const shown = usePartsShown(PARTS);
	const scores = resultaatScan(scan, ronde.antwoorden);
	const points = scan.schaal.length;
	const w = scan.woorden;
	const p = progress(scores);
	const weetNiet = scores.reduce((n, s) => n + s.weetNiet, 0);
	const nvt = scores.reduce((n, s) => n + s.nvt, 0);
	const stappen = findVolgendeStappen(scan, ronde.antwoorden);
	const scored = scores.filter((s) => s.counted > 0);
	const onderdeel = (id: string) => scan.themas.flatMap((t) => t.onderdelen).find((o) => o.id === id);
	const bespreken = scores.flatMap((s) => s.profiel.filter((r) => r.bespreken).map((r) => ({ s, r })));
	const description = `${scores
		.map((s) => `${s.titel}: ${s.average === null ? 'geen gemiddelde' : formatNumber(s.average)}`)
		.join('; ')}.`;

	return (
		<View id="resultaten" title="Resultaten">
			<p>
				{rondeName}. U heeft {p.answered} van de {count(p.total, w.onderdeel, w.onderdelen)} beantwoord.
				{weetNiet > 0 && ` ${weetNiet} keer koos u '${scan.weetNiet}'.`}
				{nvt > 0 && ` ${nvt} keer koos u '${scan.nietVanToepassing}'.`}
			</p>
			<div class="zs-uitleg">
				<h3 id="zo-telt-het">Zo telt de score</h3>
				{scoringUitleg(scan, { thema: w.thema, onderdelen: w.onderdelen }).map((zin) => (
					<p key={zin}>{zin}</p>
				))}
			</div>

			{scored.length === 0 ? (
				<p class="kb-notice">
					Er is nog geen resultaat. Beantwoord eerst een paar {w.onderdelen} bij <a href="#vragen">Vragen</a>.
				</p>
			) : (
				<>
					<section aria-labelledby="eerste-stappen">
						<h3 id="eerste-stappen">De drie belangrijkste volgende stappen</h3>
						{stappen.eerst.length === 0 ? (
							<p>
								U koos overal het hoogste antwoord, of nog niets onder het hoogste. Er is geen volgende stap uit uw
								antwoorden.
							</p>
						) : (
							<>
								<p>Deze stappen komen van uw laagste antwoorden, uit verschillende {w.themas} waar dat kan.</p>
								{stappen.eerst.map((k) => (
									<VolgendeStap key={k.onderdeel.id} k={k} scan={scan} links={links} heading="h4" />
								))}
							</>
						)}
					</section>

					{shown >= 2 && (
						<section aria-labelledby="profiel">
							<h3 id="profiel">Uw antwoorden per {w.thema}</h3>
							{scores.map((s) => (
								<div class="zs-profiel" key={s.themaId}>
									<h4>
										{s.titel}
										<span class="zs-band">
											{formatTelling(s)}
											{s.stand && `. ${s.stand.naam}`}
										</span>
									</h4>
									<ul>
										{s.profiel.map((r) => {
											const vraagtekens = findBewijsVraagtekens(
												onderdeel(r.id) ?? { bewijs: [] },
												ronde.antwoorden[r.id],
												points,
											);
											return (
												<li key={r.id}>
													{r.tekst}: <strong>{r.label}</strong>
													{r.beschrijving && <span class="kb-muted"> ({r.beschrijving})</span>}
													{vraagtekens.map((v) => (
														<p class="zs-fout" key={v.vraag}>
															U koos niveau {v.score}, maar u antwoordde 'nee' op: {v.vraag} Past dit niveau?
														</p>
													))}
												</li>
											);
										})}
									</ul>
								</div>
							))}
						</section>
					)}

					{shown >= 3 && (
						<section aria-labelledby="score-per-thema">
							<h3 id="score-per-thema">Gemiddelde per {w.thema}</h3>
							<p>
								Van 1 ({scan.schaal[0]}) tot {points} ({scan.schaal[points - 1]}). Naast het gemiddelde staat het
								laagste antwoord, zodat een laag antwoord niet wegvalt tegen een hoog.
							</p>
							<Chart
								id="grafiek-ronde"
								title={`Gemiddelde per ${w.thema}, ${rondeName}`}
								description={description}
								rows={scores.map((s) => ({ label: s.titel, values: [s.average] }))}
								series={['Gemiddelde']}
								scale={scan.schaal}
							/>
							<table class="zs-tabel">
								<caption>
									Gemiddelde per {w.thema} (1 is {scan.schaal[0]}, {points} is {scan.schaal[points - 1]})
								</caption>
								<ColumnHeads
									names={[w.thema[0].toUpperCase() + w.thema.slice(1), 'Gemiddelde', 'Stand', 'Beantwoord']}
								/>
								<tbody>
									{scores.map((s) => (
										<tr key={s.themaId}>
											<th scope="row">{s.titel}</th>
											<td>{formatThemaScore(s)}</td>
											<td>{s.stand?.naam ?? '–'}</td>
											<td>{formatTelling(s)}</td>
										</tr>
									))}
								</tbody>
							</table>
						</section>
					)}
				</>
			)}

			{shown >= 4 && stappen.uitzoeken.length > 0 && (
				<section aria-labelledby="uitzoeken">
					<h3 id="uitzoeken">Eerst uitzoeken</h3>
					<p>Hier koos u '{scan.weetNiet}'. Vraag het na bij wie het weet, en vul het daarna in.</p>
					<ul>
						{stappen.uitzoeken.map(({ themaTitel, onderdeel: o }) => (
							<li key={o.id}>
								{o.tekst} <span class="kb-muted">({themaTitel})</span>. Vraag het aan: {o.volgendeStap.wie}
							</li>
						))}
					</ul>
				</section>
			)}

			{shown >= 4 && stappen.overige.length > 0 && (
				<section aria-labelledby="alle-stappen">
					<h3 id="alle-stappen">Alle andere volgende stappen</h3>
					{stappen.overige.map((g) => (
						<div key={g.themaId}>
							<h4>{g.themaTitel}</h4>
							{g.stappen.map((k) => (
								<VolgendeStap key={k.onderdeel.id} k={k} scan={scan} links={links} heading="h5" />
							))}
						</div>
					))}
				</section>
			)}

			{shown >= 4 && (
				<section aria-labelledby="praten">
					<h3 id="praten">Hier wilt u over praten</h3>
					{bespreken.length === 0 ? (
						<p>U heeft niets aangevinkt met "Hier wil ik over praten".</p>
					) : (
						<ul>
							{bespreken.map(({ s, r }) => (
								<li key={r.id}>
									{r.tekst} <span class="kb-muted">({s.titel})</span>
								</li>
							))}
						</ul>
					)}
				</section>
			)}

			{shown >= PARTS ? (
				<>
					<Actieplan
						id="actieplan"
						level={3}
						themas={scan.themas.map((t, i) => ({
							id: t.id,
							titel: t.titel,
							detail:
								props.scores[i].average === null
									? 'geen gemiddelde'
									: `gemiddeld ${formatNumber(props.scores[i].average)}`,
						}))}
						plan={ronde}
						onChange={props.onChangeRonde}
						printLabel="Druk de resultaten en het actieplan af"
					/>

					{Deelcode ? (
						<Deelcode
							rollen={scan.rollen}
							rol={ronde.rol ?? null}
							onRol={(rol) => props.onChangeRonde((r) => setRol(r, rol))}
							codeFor={(team) => deelcodeFromAntwoorden(scan, ronde.antwoorden, team)}
						/>
					) : (
						<Loading failed={deelcodeFailed} text="Even geduld, de deelcode wordt gemaakt…" />
					)}

					<section class="kb-no-print" aria-labelledby="nieuwe-ronde">
						<h3 id="nieuwe-ronde">Later opnieuw kijken</h3>
						<p>
							Wilt u over een tijd zien wat er veranderd is? Begin dan een nieuwe ronde. Deze ronde blijft bewaard,
							zodat u de rondes kunt vergelijken.
						</p>
						<button type="button" class="secondary" onClick={props.onNewRonde}>
							Begin een nieuwe ronde
						</button>
					</section>
				</>
			) : (
				// Holds the screen's height until the last part is there, so what stands below does not jump.
				<div class="kb-laden" />
			)}
		</View>
	);
}
