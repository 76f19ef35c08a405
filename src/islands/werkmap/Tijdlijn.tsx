import { useMemo, useState } from 'preact/hooks';
import { formatDate, isoDate } from '../../lib/format';
import { formatLeeftijd, type TekstDeel } from '../../lib/momenten/momenten';
import { type Jongere, updateJongere } from '../../lib/werkmap/jongeren';
import { monthOfDate, monthsBetween } from '../../lib/werkmap/month';
import {
	buildTijdlijn,
	groupByJaar,
	MAX_MOMENT_NOTITIE,
	MOMENT_STATUS_LABELS,
	MOMENT_STATUSSEN,
	type MomentStand,
	setMomentStand,
	soortLabel,
	type TijdlijnItem,
	type TijdlijnMoment,
	verdwenenStanden,
} from '../../lib/werkmap/tijdlijn';
import { countUrgencies, URGENCY_LABELS, URGENCY_ORDER } from '../../lib/werkmap/urgency';
import { werkmapStore as store } from '../../stores/werkmap';
import { usePartsShown } from '../lazy';
import { VerjaardagField } from './VerjaardagField';

const MAX_WIE = 120;

const setStand = (id: string, momentId: string, change: Partial<MomentStand>) =>
	store.update((d) => updateJongere(d, id, (j) => ({ tijdlijn: setMomentStand(j.tijdlijn, momentId, change) })));

/** A text of the collection with its glossary links; always text nodes, never HTML. */
function Tekst({ delen }: { delen: TekstDeel[] }) {
	return (
		<>
			{delen.map((d, i) =>
				d.begrip ? (
					<a key={i} href={`/begrippen/#${d.begrip}`}>
						{d.tekst}
					</a>
				) : (
					d.tekst
				),
			)}
		</>
	);
}

function MomentItem({ item, jongereId }: { item: TijdlijnItem; jongereId: string }) {
	const { moment, stand, urgency } = item;
	const id = `wm-m-${moment.id}`;
	const set = (change: Partial<MomentStand>) => setStand(jongereId, moment.id, change);
	// What stands under "Uitleg, wie en vóór wanneer" is drawn once it is opened: for 30 items it is
	// half the timeline's elements (three fields each), and most visits open only a few.
	const [opened, setOpened] = useState(false);
	return (
		<li class={`wm-moment wm-moment--${stand.status}${urgency ? ` wm-moment--${urgency}` : ''}`}>
			<h4 id={`${id}-kop`}>{moment.titel}</h4>
			<p class="wm-moment-wanneer">
				<span>{stand.voor ? `Vóór ${formatDate(stand.voor)}` : item.wanneer}</span>
				{item.maand && <span> · {item.leeftijd}</span>}
				{urgency && <strong class={`wm-badge wm-badge--${urgency}`}>{URGENCY_LABELS[urgency]}</strong>}
				<span class={`wm-soort wm-soort--${moment.soort}`}>
					{soortLabel(moment)}
					{moment.soort === 'regionaal' && moment.regio && ` · ${moment.regio}`}
				</span>
			</p>
			{moment.regelen.length > 0 && (
				<ul class="wm-regelen">
					{moment.regelen.map((r, i) => (
						<li key={i}>
							<Tekst delen={r} />
						</li>
					))}
				</ul>
			)}
			<fieldset class="wm-keuzes wm-keuzes--rij">
				<legend>
					Status<span class="sr-only"> van {moment.titel}</span>
				</legend>
				{MOMENT_STATUSSEN.map((s) => (
					<label key={s} class="wm-keuze">
						<input
							type="radio"
							name={`${id}-status`}
							checked={stand.status === s}
							onChange={() => set({ status: s })}
						/>
						{MOMENT_STATUS_LABELS[s]}
					</label>
				))}
			</fieldset>
			<details class="wm-moment-meer" onToggle={(e) => setOpened(opened || e.currentTarget.open)}>
				<summary>
					Uitleg, wie en vóór wanneer<span class="sr-only">: {moment.titel}</span>
				</summary>
				{opened && <MomentMeer item={item} set={set} />}
			</details>
		</li>
	);
}

/** Explanation, sources and the fields wie, vóór and notitie of one item. */
function MomentMeer({ item, set }: { item: TijdlijnItem; set: (change: Partial<MomentStand>) => void }) {
	const { moment, stand } = item;
	const id = `wm-m-${moment.id}`;
	return (
		<>
			{moment.wanneer && <p>Wanneer precies: {moment.wanneer}.</p>}
			<p>
				<Tekst delen={moment.uitleg} />
			</p>
			{moment.wieHelpt && <p>Wie kan helpen: {moment.wieHelpt}.</p>}
			{moment.teControleren && (
				<p class="wm-let-op">
					<strong>Nog niet alles gecontroleerd:</strong> {moment.teControleren}
				</p>
			)}
			<p class="wm-bronnen">
				Bron:{' '}
				{moment.bronnen.map((b, i) => (
					<span key={b.titel}>
						{i > 0 && '; '}
						{b.url ? <a href={b.url}>{b.titel}</a> : b.titel} ({b.uitgever})
					</span>
				))}
			</p>
			{moment.zie.length > 0 && (
				<ul class="wm-zie">
					{moment.zie.map((z) => (
						<li key={z.href}>
							<a href={z.href}>{z.label}</a>
						</li>
					))}
				</ul>
			)}
			<div class="wm-veld">
				<label for={`${id}-wie`}>Wie regelt het?</label>
				<input
					id={`${id}-wie`}
					type="text"
					maxLength={MAX_WIE}
					value={stand.wie}
					onInput={(e) => set({ wie: e.currentTarget.value })}
				/>
			</div>
			<div class="wm-veld">
				<label for={`${id}-voor`}>Vóór wanneer</label>
				<p id={`${id}-voor-hint`} class="wm-hint">
					Leeg laten: dan geldt {item.maand ? item.wanneer : 'de maand van het moment'}.
				</p>
				<input
					id={`${id}-voor`}
					type="date"
					value={stand.voor}
					aria-describedby={`${id}-voor-hint`}
					onInput={(e) => set({ voor: e.currentTarget.value })}
				/>
			</div>
			<div class="wm-veld">
				<label for={`${id}-notitie`}>Notitie</label>
				<textarea
					id={`${id}-notitie`}
					rows={2}
					maxLength={MAX_MOMENT_NOTITIE}
					value={stand.notitie}
					onInput={(e) => set({ notitie: e.currentTarget.value })}
				/>
			</div>
		</>
	);
}

/** The regional practices a user can switch on, grouped by region; always "regionale afspraak, geen wet". */
function Regionaal({ jongere, momenten }: { jongere: Jongere; momenten: TijdlijnMoment[] }) {
	const regionaal = momenten.filter((m) => m.soort === 'regionaal');
	if (regionaal.length === 0) return null;
	const regios = [...new Set(regionaal.map((m) => m.regio ?? 'Overig'))];
	return (
		<details class="wm-regionaal">
			<summary>Regionale afspraken toevoegen ({jongere.regionaal.length} aan)</summary>
			<p>
				Dit zijn afspraken uit een regio, geen wet. Zet aan wat in de regio van {jongere.code} geldt; ze komen dan op de
				tijdlijn.
			</p>
			{regios.map((regio) => (
				<fieldset key={regio} class="wm-keuzes">
					<legend>{regio}</legend>
					{regionaal
						.filter((m) => (m.regio ?? 'Overig') === regio)
						.map((m) => (
							<label key={m.id} class="wm-keuze">
								<input
									type="checkbox"
									checked={jongere.regionaal.includes(m.id)}
									onChange={(e) => {
										const on = e.currentTarget.checked;
										store.update((d) =>
											updateJongere(d, jongere.id, (j) => ({
												regionaal: on ? [...j.regionaal, m.id] : j.regionaal.filter((x) => x !== m.id),
											})),
										);
									}}
								/>
								{m.titel} ({formatLeeftijd(m.vanaf)})
							</label>
						))}
				</fieldset>
			))}
		</details>
	);
}

const ITEMS_PER_PART = 5;

/** The timeline of one young person; loaded by WerkmapTijdlijn once a young person is chosen. */
export function Tijdlijn({ jongere, momenten }: { jongere: Jongere; momenten: TijdlijnMoment[] }) {
	const [onlyOpen, setOnlyOpen] = useState(false);
	const today = isoDate(new Date());
	// Built once per change, not again for each part that is drawn.
	const items = useMemo(() => buildTijdlijn({ ...jongere, momenten, today }), [jongere, momenten, today]);
	const counts = countUrgencies(items);
	const shown = onlyOpen ? items.filter((i) => i.stand.status === 'open') : items;
	const groups = groupByJaar(shown);
	// A few items per task (see usePartsShown): all 30 items with their fields at once blocked a
	// phone for about a third of a second.
	const itemsDrawn = usePartsShown(Math.ceil(shown.length / ITEMS_PER_PART)) * ITEMS_PER_PART;
	let before = 0;
	const drawn = groups
		.map((g) => {
			const items = g.items.slice(0, Math.max(0, itemsDrawn - before));
			before += g.items.length;
			return { ...g, items };
		})
		.filter((g) => g.items.length > 0);
	const orphans = verdwenenStanden(momenten, jongere.tijdlijn);
	const age = jongere.verjaardag18 ? monthsBetween(jongere.verjaardag18, monthOfDate(today)) : null;

	return (
		<section class="wm-deel" aria-labelledby="wm-tijdlijn-kop" key={jongere.id}>
			<h2 id="wm-tijdlijn-kop" tabIndex={-1}>
				Wat moet wanneer geregeld zijn voor {jongere.code}?
			</h2>
			<VerjaardagField
				key={jongere.id}
				value={jongere.verjaardag18}
				onChange={(verjaardag18) => store.update((d) => updateJongere(d, jongere.id, () => ({ verjaardag18 })))}
			/>
			{age !== null && (
				<p>
					{jongere.code} is nu {formatLeeftijd(age)}.
				</p>
			)}
			<Regionaal jongere={jongere} momenten={momenten} />

			<div class="wm-overzicht" role="status">
				{jongere.verjaardag18 ? (
					URGENCY_ORDER.some((u) => counts[u] > 0) ? (
						<ul class="wm-tellers" aria-label="In één oogopslag">
							{URGENCY_ORDER.filter((u) => counts[u] > 0).map((u) => (
								<li key={u} class={`wm-badge wm-badge--${u}`}>
									{counts[u]} {URGENCY_LABELS[u].toLowerCase()}
								</li>
							))}
						</ul>
					) : (
						<p>Niets is te laat, en de komende drie maanden hoeft er niets geregeld te zijn.</p>
					)
				) : (
					<p>Vul de maand van de 18e verjaardag in. Dan ziet u bij elk punt een datum, en wat te laat is.</p>
				)}
			</div>

			<label class="wm-keuze">
				<input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.currentTarget.checked)} />
				Alleen open punten tonen
			</label>

			{groups.length === 0 && <p class="wm-leeg">Er zijn geen open punten meer.</p>}
			{drawn.map((g) => (
				<section key={g.kop} class="wm-jaar" aria-labelledby={`wm-jaar-${g.kop.replace(/\W/g, '')}`}>
					<h3 id={`wm-jaar-${g.kop.replace(/\W/g, '')}`}>{g.kop}</h3>
					<ol class="wm-momenten">
						{g.items.map((item) => (
							<MomentItem key={item.moment.id} item={item} jongereId={jongere.id} />
						))}
					</ol>
				</section>
			))}

			{itemsDrawn < shown.length && <div class="kb-laden" />}

			{orphans.length > 0 && (
				<section class="wm-verdwenen" aria-labelledby="wm-verdwenen-kop">
					<h3 id="wm-verdwenen-kop">Aantekeningen bij punten die niet meer op de tijdlijn staan</h3>
					<p>
						Deze punten zijn van de site gehaald of hernoemd. Wat u erbij schreef, is bewaard. Neem het over waar het
						nodig is.
					</p>
					<ul>
						{orphans.map(({ id, stand }) => (
							<li key={id}>
								<strong>{id}</strong>: {MOMENT_STATUS_LABELS[stand.status]}
								{stand.wie && `, ${stand.wie}`}
								{stand.voor && `, vóór ${formatDate(stand.voor)}`}
								{stand.notitie && `. ${stand.notitie}`}
							</li>
						))}
					</ul>
				</section>
			)}
		</section>
	);
}
