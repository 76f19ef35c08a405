import { useRef, useState } from 'preact/hooks';
import { summarize } from '../../lib/big5/checklist';
import { count, isoDate } from '../../lib/format';
import { newId } from '../../lib/ids';
import {
	addJongere,
	codeProblem,
	copyJongere,
	type Jongere,
	type Removed,
	removeJongere,
	renameJongere,
	restoreJongere,
	selectJongere,
	type WerkmapData,
} from '../../lib/werkmap/jongeren';
import { formatMonth } from '../../lib/werkmap/month';
import { findHiaten } from '../../lib/werkmap/netwerk';
import { buildTijdlijn, type TijdlijnMoment } from '../../lib/werkmap/tijdlijn';
import { countUrgencies, formatUrgencyCount } from '../../lib/werkmap/urgency';
import { werkmapStore as store } from '../../stores/werkmap';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import { CodeField, focusAfterRender, Message, Privacy } from './shared';

interface Props {
	momenten: TijdlijnMoment[];
}

/** One line per part: what stands out, for the list and for the overview. */
function stand(jongere: Jongere, momenten: TijdlijnMoment[], today: string) {
	const big5 = summarize(jongere, today);
	const urgencies = countUrgencies(buildTijdlijn({ ...jongere, momenten, today }));
	return {
		big5: `${big5.geregeld} van 5 voorwaarden geregeld`,
		netwerk: count(jongere.netwerk.length, 'persoon', 'mensen'),
		hiaten: findHiaten(jongere.netwerk).filter((h) => h.soort === 'hiaat'),
		tijdlijn: jongere.verjaardag18 ? formatUrgencyCount(urgencies) || 'niets dringends' : '',
		teLaat: urgencies['te-laat'],
	};
}

function Row(props: {
	jongere: Jongere;
	active: boolean;
	data: WerkmapData;
	summary: ReturnType<typeof stand>;
	onSelect: () => void;
	onRename: (code: string) => void;
	onCopy: () => void;
	onRemove: () => void;
}) {
	const { jongere, active, data, summary } = props;
	const [editing, setEditing] = useState<string | null>(null);
	const [error, setError] = useState<string | null>(null);
	const selectButton = useRef<HTMLButtonElement>(null);
	const extra = <span class="sr-only"> van {jongere.code}</span>;

	if (editing !== null) {
		const stop = () => {
			setEditing(null);
			setError(null);
			requestAnimationFrame(() => selectButton.current?.focus());
		};
		return (
			<li>
				<form
					class="wm-hernoem"
					noValidate
					onSubmit={(e) => {
						e.preventDefault();
						const problem = codeProblem(data, editing, jongere.id);
						if (problem) return setError(problem);
						props.onRename(editing);
						stop();
					}}
					onKeyDown={(e) => e.key === 'Escape' && stop()}
				>
					<CodeField
						id={`wm-hernoem-${jongere.id}`}
						label={`Nieuwe code voor ${jongere.code}`}
						value={editing}
						error={error}
						onInput={setEditing}
						inputRef={(el) => el?.focus()}
					/>
					<div class="wm-knoppen">
						<button type="submit">Opslaan</button>
						<button type="button" class="secondary" onClick={stop}>
							Annuleren
						</button>
					</div>
				</form>
			</li>
		);
	}

	return (
		<li class={active ? 'wm-rij-actief' : undefined}>
			<button
				type="button"
				ref={selectButton}
				id={`wm-kies-${jongere.id}`}
				class="wm-kies"
				aria-current={active ? 'true' : undefined}
				onClick={props.onSelect}
			>
				<span class="wm-code">{jongere.code}</span>{' '}
				<span class="wm-stand">
					{summary.big5} · {summary.netwerk}
					{summary.teLaat > 0 && `, ${summary.teLaat} te laat`}
					{active && ' · open'}
				</span>
			</button>
			<div class="wm-knoppen">
				<button type="button" class="secondary" onClick={() => setEditing(jongere.code)}>
					Naam wijzigen{extra}
				</button>
				<button type="button" class="secondary" onClick={props.onCopy}>
					Kopie maken{extra}
				</button>
				<button type="button" class="secondary wm-gevaar" onClick={props.onRemove}>
					Verwijderen{extra}
				</button>
			</div>
		</li>
	);
}

/** What stands out for the chosen young person, with the way into each part. */
function Overview({ jongere, summary }: { jongere: Jongere; summary: ReturnType<typeof stand> }) {
	return (
		<section class="wm-deel" aria-labelledby="wm-overzicht-kop">
			<h2 id="wm-overzicht-kop" tabIndex={-1}>
				Werkmap van {jongere.code}
			</h2>
			<ul class="wm-kaarten">
				<li>
					<h3>
						<a href="/werkmap/netwerk/">Netwerkkaart</a>
					</h3>
					<p>{summary.netwerk}.</p>
					{summary.hiaten.length > 0 && (
						<ul>
							{summary.hiaten.slice(0, 3).map((h) => (
								<li key={h.id}>{h.tekst}</li>
							))}
						</ul>
					)}
				</li>
				<li>
					<h3>
						<a href="/big-5/">BIG-5-checklist</a>
					</h3>
					<p>{summary.big5}.</p>
				</li>
				<li>
					<h3>
						<a href="/werkmap/tijdlijn/">Tijdlijn naar 18+</a>
					</h3>
					<p>
						{jongere.verjaardag18
							? `18 jaar in ${formatMonth(jongere.verjaardag18)}: ${summary.tijdlijn}.`
							: 'Nog geen maand van de 18e verjaardag ingevuld.'}
					</p>
				</li>
				<li>
					<h3>
						<a href="/werkmap/plan/">Mijn plan</a>
					</h3>
					<p>Het plan voor {jongere.code}, om af te drukken en mee te geven.</p>
				</li>
			</ul>
		</section>
	);
}

/**
 * The werkmap's start page: the one list of young people (new, rename, copy,
 * delete with undo; every part of the werkmap uses this list) and what
 * stands out for the one chosen.
 */
export default function WerkmapOverzicht({ momenten }: Props) {
	const data = useToolStore(store);
	const [code, setCode] = useState('');
	const [error, setError] = useState<string | null>(null);
	const [message, setMessage] = useState('');
	const [removed, setRemoved] = useState<Removed | null>(null);
	if (!data) return null;

	const today = isoDate(new Date());
	const tell = (text: string, undo: Removed | null = null) => {
		setMessage(text);
		setRemoved(undo);
	};
	const active = data.jongeren.find((j) => j.id === data.activeId);

	return (
		<div class="wm">
			<ToolStatus store={store} />
			<section class="wm-jongeren" aria-labelledby="wm-jongeren-kop">
				<h2 id="wm-jongeren-kop">Jongeren</h2>
				<Privacy />
				<form
					class="wm-nieuw"
					noValidate
					onSubmit={(e) => {
						e.preventDefault();
						const problem = codeProblem(data, code);
						if (problem) return setError(problem);
						store.update((d) => addJongere(d, newId('j'), code));
						tell(`De werkmap van ${code.trim()} is gemaakt.`);
						setCode('');
						setError(null);
						focusAfterRender('wm-overzicht-kop');
					}}
				>
					<CodeField
						id="wm-nieuw"
						label="Code of bijnaam van de jongere"
						value={code}
						error={error}
						onInput={(value) => {
							setCode(value);
							if (error) setError(null);
						}}
					/>
					<button type="submit">Nieuwe werkmap</button>
				</form>

				{data.jongeren.length > 0 ? (
					<ul class="kb-rows wm-lijst" aria-label="Werkmappen">
						{data.jongeren.map((j) => (
							<Row
								key={j.id}
								jongere={j}
								active={j.id === data.activeId}
								data={data}
								summary={stand(j, momenten, today)}
								onSelect={() => {
									store.update((d) => selectJongere(d, j.id));
									focusAfterRender('wm-overzicht-kop');
								}}
								onRename={(next) => {
									store.update((d) => renameJongere(d, j.id, next));
									tell(`De code is gewijzigd in ${next.trim()}, in alle delen van de werkmap.`);
								}}
								onCopy={() => {
									store.update((d) => copyJongere(d, j.id, newId('j')));
									const copy = store.$data.get().jongeren.find((x) => x.id === store.$data.get().activeId);
									tell(`Kopie gemaakt: ${copy?.code}. Netwerk, BIG-5 en tijdlijn zijn meegekopieerd.`);
									focusAfterRender('wm-overzicht-kop');
								}}
								onRemove={() => {
									const result = removeJongere(store.$data.get(), j.id);
									if (!result.removed) return;
									store.set(result.data);
									tell(`De werkmap van ${j.code} is verwijderd: netwerk, BIG-5 en tijdlijn.`, result.removed);
									focusAfterRender('wm-jongeren-melding-ongedaan');
								}}
							/>
						))}
					</ul>
				) : (
					<p class="wm-leeg">Er zijn nog geen werkmappen in deze browser.</p>
				)}
				<Message
					id="wm-jongeren-melding"
					text={message}
					onUndo={
						removed &&
						(() => {
							store.update((d) => restoreJongere(d, removed));
							tell(`De werkmap van ${removed.jongere.code} is teruggezet.`);
							focusAfterRender(removed.wasActive ? 'wm-overzicht-kop' : `wm-kies-${removed.jongere.id}`);
						})
					}
				/>
			</section>

			{active ? (
				<Overview jongere={active} summary={stand(active, momenten, today)} />
			) : (
				data.jongeren.length > 0 && <p>Kies hierboven een jongere om de werkmap te openen.</p>
			)}

			<ExportImportDetails store={store} summary="Bewaren als bestand of een bestand openen">
				<p>
					De werkmappen staan alleen in deze browser. Een exportbestand is een reservekopie en neemt ze mee naar een
					ander apparaat. Bewaar het bestand veilig: er staan aantekeningen over jongeren in.
				</p>
			</ExportImportDetails>
		</div>
	);
}
