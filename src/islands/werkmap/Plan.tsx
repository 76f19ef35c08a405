import { isoDate } from '../../lib/format';
import { exportFileName } from '../../lib/storage/names';
import type { Jongere } from '../../lib/werkmap/jongeren';
import { buildPlan, type Plan } from '../../lib/werkmap/plan';
import { buildTijdlijn, type TijdlijnMoment } from '../../lib/werkmap/tijdlijn';
import { werkmapStore as store } from '../../stores/werkmap';
import { downloadJson } from '../storage/download';

/** A line to write on by hand: phone numbers are never typed into the site. */
const WriteLine = ({ label }: { label: string }) => (
	<span class="wm-invullijn">
		<span class="sr-only">{label}: </span>
	</span>
);

/**
 * "Mijn plan", for the young person, in je-language: the screen shows it as
 * it prints (one A4, two at most). All its words are in src/lib/werkmap/plan.ts
 * or here; the data is the werkmap itself.
 */
export function PlanView({ plan }: { plan: Plan }) {
	return (
		<article class="wm-plan" aria-labelledby="wm-plan-kop">
			<header class="wm-plan-kop">
				<h2 id="wm-plan-kop" tabIndex={-1}>
					Mijn plan
				</h2>
				<p>
					<strong>{plan.code}</strong> · gemaakt op {plan.datum}
				</p>
			</header>

			<section aria-labelledby="wm-plan-mensen">
				<h3 id="wm-plan-mensen">Wie er voor je is</h3>
				{plan.mensen.length > 0 ? (
					<ul class="wm-plan-mensen">
						{plan.mensen.map((m) => (
							<li key={m.naam}>
								<strong>{m.naam}</strong>
								{m.vasteVolwassene && ' (je vaste volwassene)'}
								{m.steun && `: ${m.steun}`}
							</li>
						))}
						{plan.meerMensen > 0 && <li>en nog {plan.meerMensen} anderen</li>}
					</ul>
				) : (
					<p>Hier komen de mensen om je heen. Jullie hebben ze nog niet opgeschreven.</p>
				)}
				{plan.vasteVolwassenen.length === 0 && plan.mensen.length > 0 && (
					<p>Je hebt nog niemand gekozen die er altijd voor je is, ook later. Daar gaan jullie samen naar zoeken.</p>
				)}
			</section>

			<section aria-labelledby="wm-plan-geregeld">
				<h3 id="wm-plan-geregeld">Wat er geregeld is</h3>
				<table class="wm-plan-tabel">
					<thead>
						<tr>
							<th scope="col">Onderwerp</th>
							<th scope="col">Hoe staat het?</th>
							<th scope="col">Wat er nog moet gebeuren</th>
						</tr>
					</thead>
					<tbody>
						{plan.leefgebieden.map((l) => (
							<tr key={l.id}>
								<th scope="row">{l.titel}</th>
								<td>
									{l.status}
									{l.toelichting && <span class="wm-plan-toelichting">{l.toelichting}</span>}
								</td>
								<td>
									{l.actie
										? [l.actie.wat, l.actie.wie && `wie: ${l.actie.wie}`, l.actie.voor && `vóór ${l.actie.voor}`]
												.filter(Boolean)
												.join(' · ')
										: '–'}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</section>

			<section aria-labelledby="wm-plan-komt">
				<h3 id="wm-plan-komt">Wat er nog komt</h3>
				{plan.komtEraan.length > 0 ? (
					<ol class="wm-plan-komt">
						{plan.komtEraan.map((p) => (
							<li key={`${p.titel}-${p.wanneer}`}>
								<span class="wm-plan-wanneer">
									{p.wanneer}
									{p.signaal && <strong> ({p.signaal.toLowerCase()})</strong>}
								</span>{' '}
								<strong>{p.titel}</strong>
								{p.regelen.length > 0 && <span class="wm-plan-regelen">{p.regelen.join(' ')}</span>}
								{p.wie && <span class="wm-plan-wie">Wie helpt: {p.wie}</span>}
							</li>
						))}
						{plan.meerPunten > 0 && (
							<li>En daarna nog {plan.meerPunten} punten. Vraag ernaar bij je volgende gesprek.</li>
						)}
					</ol>
				) : (
					<p>Er staat nu niets open.</p>
				)}
			</section>

			<section aria-labelledby="wm-plan-bellen">
				<h3 id="wm-plan-bellen">Wie je kunt bellen</h3>
				{plan.bellen.length > 0 ? (
					<ul class="wm-plan-bellen">
						{plan.bellen.map((b) => (
							<li key={b.naam}>
								<strong>{b.naam}</strong>, {b.waarvoor}. Telefoon: <WriteLine label={`Telefoonnummer van ${b.naam}`} />
							</li>
						))}
					</ul>
				) : (
					<p>
						Schrijf hier wie je kunt bellen en het nummer: <WriteLine label="Naam en telefoonnummer" />
					</p>
				)}
				<p>Volgend gesprek: {plan.volgendGesprek || <WriteLine label="Datum van het volgende gesprek" />}</p>
			</section>
			<footer class="wm-plan-voet">
				<p>Dit plan is van jou. Neem het mee naar elk gesprek, en vraag het aan als er iets verandert.</p>
			</footer>
		</article>
	);
}

/** One young person's werkmap as a file: the same envelope as an export, with only this young person in it. */
function exportJongere(jongere: Jongere) {
	const now = new Date();
	const file = { ...store.exportFile(now), data: { jongeren: [jongere], activeId: jongere.id } };
	downloadJson(exportFileName(`werkmap ${jongere.code}`, now), file);
}

/** Mijn plan of one young person, with print and export; loaded by WerkmapPlan once a young person is chosen. */
export function PlanForJongere({ jongere, momenten }: { jongere: Jongere; momenten: TijdlijnMoment[] }) {
	const today = isoDate(new Date());
	const tijdlijn = buildTijdlijn({ ...jongere, momenten, today });
	const plan = buildPlan({ ...jongere, tijdlijn, today });
	return (
		<div class="wm-deel" key={jongere.id}>
			<div class="wm-plan-acties kb-no-print">
				<button type="button" onClick={() => window.print()}>
					Afdrukken of bewaren als pdf
				</button>
				<button type="button" class="secondary" onClick={() => exportJongere(jongere)}>
					Bewaar als bestand
				</button>
				<p class="wm-hint">
					Het bestand bevat alleen de werkmap van {jongere.code}. Op een ander apparaat opent u het bij "Bewaren als
					bestand of een bestand openen".
				</p>
			</div>
			<PlanView plan={plan} />
		</div>
	);
}
