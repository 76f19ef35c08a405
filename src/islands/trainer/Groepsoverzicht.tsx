import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { codesFromFile, MAX_FILE_BYTES } from '../../lib/trainer/bestanden';
import {
	addCodes,
	describeAdd,
	formatNumber,
	scansInSession,
	splitInput,
	summarize,
	type GroupSummary,
	type Refusal,
	type StatementSummary,
} from '../../lib/trainer/groep';
import { codeFromHash } from '../../lib/trainer/links';
import type { Zelfscan } from '../../lib/zelfscan/schema';
import { groepsoverzichtStore as store } from '../../stores/groepsoverzicht';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import './trainer.css';

/** What the page passes: only what the overview needs, to keep the HTML small. */
export type ScanForGroup = Pick<Zelfscan, 'id' | 'title' | 'version' | 'scale' | 'bands'> & {
	themes: { id: string; title: string; statements: { id: string; text: string }[] }[];
};

interface Props {
	scans: ScanForGroup[];
}

interface Feedback {
	text: string;
	refused: Refusal[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Group overview for a trainer. Codes come in by pasting, from files, or
 * through a link `#code=…` that a participant's result page shows. Nothing
 * is sent anywhere: the session lives in this browser (tool store
 * `groepsoverzicht`) until the trainer wipes it.
 */
export default function Groepsoverzicht({ scans }: Props) {
	const data = useStore(store.$data);
	const [mounted, setMounted] = useState(false);
	const [feedback, setFeedback] = useState<Feedback | null>(null);
	const [confirming, setConfirming] = useState(false);
	const confirmRef = useRef<HTMLParagraphElement>(null);
	const wipeRef = useRef<HTMLButtonElement>(null);
	const pasteRef = useRef<HTMLTextAreaElement>(null);
	// Cast: the island only reads the fields it passes on; the pure functions want the scan shape.
	const shapes = scans as unknown as Zelfscan[];

	const add = (inputs: string[], source: string) => {
		if (!inputs.length) {
			setFeedback({ text: `${source}: geen deelcodes gevonden.`, refused: [] });
			return;
		}
		const result = addCodes(store.$data.get(), inputs, shapes);
		if (result.added) store.set(result.state);
		setFeedback({ text: describeAdd(result), refused: result.refused });
	};

	useEffect(() => {
		store.start();
		setMounted(true);
		const fromHash = () => {
			const code = codeFromHash(location.hash);
			if (!code) return;
			add([code], 'Link');
			// Take the code out of the address bar, so a reload or a shared screen does not show it again.
			history.replaceState(null, '', location.pathname + location.search);
		};
		fromHash();
		addEventListener('hashchange', fromHash);
		return () => removeEventListener('hashchange', fromHash);
	}, []);

	const onPaste = (e: Event) => {
		e.preventDefault();
		const field = pasteRef.current!;
		add(splitInput(field.value), 'Geplakte tekst');
		field.value = '';
	};

	const onFiles = async (e: Event) => {
		const input = e.currentTarget as HTMLInputElement;
		const files = Array.from(input.files ?? []);
		const inputs: string[] = [];
		const refused: Refusal[] = [];
		for (const file of files) {
			if (file.size > MAX_FILE_BYTES) {
				refused.push({ input: file.name, message: 'Dit bestand is groter dan 1 MB. Dat is geen bestand met deelcodes.' });
				continue;
			}
			const found = codesFromFile(await file.text(), shapes);
			if (!found.length) refused.push({ input: file.name, message: 'In dit bestand staan geen deelcodes.' });
			inputs.push(...found);
		}
		input.value = '';
		const result = addCodes(store.$data.get(), inputs, shapes);
		if (result.added) store.set(result.state);
		setFeedback({ text: describeAdd(result), refused: [...refused, ...result.refused] });
	};

	const removeCode = (code: string) => {
		store.update((current) => ({ codes: current.codes.filter((c) => c !== code) }));
		setFeedback({ text: 'De deelcode is verwijderd.', refused: [] });
	};

	const askWipe = () => {
		setConfirming(true);
		requestAnimationFrame(() => confirmRef.current?.focus());
	};
	const wipe = () => {
		store.set({ codes: [] });
		setConfirming(false);
		setFeedback({ text: 'De sessie is gewist.', refused: [] });
		// The wipe button is disabled now; the next thing to do is collecting codes again.
		requestAnimationFrame(() => pasteRef.current?.focus());
	};

	const codes = mounted ? data.codes : [];
	const summaries = scansInSession(shapes, codes).map((id) => summarize(shapes.find((s) => s.id === id)!, codes));

	return (
		<div class="tr">
			<section class="kb-no-print" aria-labelledby="codes-invoeren">
				<h2 id="codes-invoeren">Deelcodes verzamelen</h2>
				<form onSubmit={onPaste} class="tr-form">
					<label for="codes-veld">Plak een of meer deelcodes (één per regel)</label>
					{/* Uncontrolled on purpose: Preact sets a controlled textarea's value while hydrating, which would wipe codes pasted before the script arrived. */}
					<textarea
						id="codes-veld"
						ref={pasteRef}
						rows={4}
						spellcheck={false}
						autocomplete="off"
					/>
					<p>
						{/* Disabled until hydrated: before that, a click would submit the form natively and reload the page, losing the pasted codes. */}
						<button type="submit" disabled={!mounted}>
							Voeg toe
						</button>
					</p>
				</form>
				<div class="tr-form">
					<label for="codes-bestand">Of laad bestanden met deelcodes</label>
					<p class="kb-muted" id="codes-bestand-hulp">
						Tekstbestanden met codes, een export van het groepsoverzicht, of een export van de zelfscan. Uit een export van
						de zelfscan lezen we alleen de scores en de markeringen, nooit de notities.
					</p>
					<input
						id="codes-bestand"
						type="file"
						multiple
						accept=".txt,.json,text/plain,application/json"
						aria-describedby="codes-bestand-hulp"
						disabled={!mounted}
						onChange={onFiles}
					/>
				</div>
				<div role="status" class="tr-melding">
					{feedback?.text}
				</div>
				{feedback && feedback.refused.length > 0 && (
					<div class="tr-geweigerd">
						<h3>Niet toegevoegd</h3>
						<ul>
							{feedback.refused.map((r, i) => (
								<li key={i}>
									<code>{r.input}</code>: {r.message}
								</li>
							))}
						</ul>
					</div>
				)}
			</section>

			<section aria-labelledby="overzicht-kop">
				<h2 id="overzicht-kop">Wat de groep vindt</h2>
				<p class="tr-aantal">
					{codes.length === 0
						? 'Er zijn nog geen deelcodes in deze sessie.'
						: `Deze sessie heeft ${plural(codes.length, 'deelcode', 'deelcodes')}.`}
				</p>
				{summaries.map((summary) => (
					<ScanSummary key={summary.scanId} summary={summary} />
				))}
			</section>

			<section class="kb-no-print" aria-labelledby="sessie-kop">
				<h2 id="sessie-kop">Sessie</h2>
				{codes.length > 0 && (
					<details class="tr-codes">
						<summary>Ingevoerde deelcodes ({codes.length})</summary>
						<ul>
							{codes.map((code, i) => (
								<li key={code}>
									<code>{code}</code>{' '}
									<button type="button" class="secondary" onClick={() => removeCode(code)}>
										Verwijder deelcode {i + 1}
									</button>
								</li>
							))}
						</ul>
					</details>
				)}
				<p class="tr-knoppen">
					<button type="button" class="secondary" onClick={() => print()}>
						Druk het overzicht af
					</button>
					<button type="button" class="secondary" ref={wipeRef} onClick={askWipe} disabled={codes.length === 0}>
						Sessie wissen
					</button>
				</p>
				{confirming && (
					<div class="tr-bevestig">
						<p tabIndex={-1} ref={confirmRef}>
							Weet u zeker dat u de sessie wilt wissen? Alle {plural(codes.length, 'deelcode', 'deelcodes')} verdwijnen uit
							deze browser. Dit kunt u niet ongedaan maken.
						</p>
						<p class="tr-knoppen">
							<button type="button" class="kb-danger" onClick={wipe}>
								Ja, wis de sessie
							</button>
							<button
								type="button"
								class="secondary"
								onClick={() => {
									setConfirming(false);
									wipeRef.current?.focus();
								}}
							>
								Annuleren
							</button>
						</p>
					</div>
				)}
				<ToolStatus store={store} />
				<ExportImportDetails store={store} summary="Sessie bewaren als bestand of een bestand openen" />
			</section>
		</div>
	);
}

function ScanSummary({ summary }: { summary: GroupSummary }) {
	const headingId = `scan-${summary.scanId}`;
	return (
		<section class="tr-scan" aria-labelledby={headingId}>
			<h3 id={headingId}>
				{summary.title}: {plural(summary.participants, 'deelnemer', 'deelnemers')}
			</h3>
			<div class="tr-scroll" tabIndex={0} role="region" aria-label={`Scores per thema: ${summary.title}`}>
			<table class="tr-tabel">
				<caption>Scores per thema. Antwoorden "weet ik niet / niet van toepassing" tellen niet mee.</caption>
				<thead>
					<tr>
						<th scope="col">Thema</th>
						<th scope="col">Mediaan</th>
						<th scope="col">Laagste en hoogste</th>
						<th scope="col">Deelnemers per niveau</th>
					</tr>
				</thead>
				<tbody>
					{summary.themes.map((theme) => (
						<tr key={theme.themeId}>
							<th scope="row">{theme.title}</th>
							<td>
								{theme.median === null ? 'geen score' : formatNumber(theme.median)}
								{theme.band && <span class="tr-band"> ({theme.band.label})</span>}
							</td>
							<td>
								{theme.lowest === null || theme.highest === null
									? '–'
									: `${formatNumber(theme.lowest)} tot ${formatNumber(theme.highest)}`}
							</td>
							<td>
								<ul class="tr-verdeling">
									{theme.bands.map(({ band, count }) => (
										<li key={band.id}>
											<span>{band.label}:</span> <strong>{count}</strong>
											<Bar value={count} max={Math.max(1, theme.n)} />
										</li>
									))}
								</ul>
							</td>
						</tr>
					))}
				</tbody>
			</table>
			</div>

			<div class="tr-lijsten">
				<StatementList
					title="Hier is de groep het eens"
					empty="Nog geen stelling waarover de groep het eens is (er zijn minstens twee antwoorden nodig)."
					items={summary.agree}
					scale={summary.scale}
				/>
				<StatementList
					title="Hier lopen de meningen uiteen"
					empty="Nog geen stelling waarover de meningen ver uiteenlopen."
					items={summary.diverge}
					scale={summary.scale}
				/>
				<div>
					<h4>Hier willen deelnemers over praten</h4>
					{summary.talk.length ? (
						<ol>
							{summary.talk.map((s) => (
								<li key={s.id}>
									{s.text} <strong>({plural(s.talk, 'deelnemer', 'deelnemers')})</strong>
								</li>
							))}
						</ol>
					) : (
						<p>Nog niemand heeft een stelling gemarkeerd met "Hier wil ik over praten".</p>
					)}
				</div>
			</div>

			<details class="tr-stellingen" open>
				<summary>Antwoorden per stelling</summary>
				<div class="tr-scroll" tabIndex={0} role="region" aria-label={`Antwoorden per stelling: ${summary.title}`}>
				<table class="tr-tabel">
					<caption>Aantal deelnemers per antwoord</caption>
					<thead>
						<tr>
							<th scope="col">Stelling</th>
							{summary.scale.map((label) => (
								<th scope="col" key={label}>
									{label}
								</th>
							))}
							<th scope="col">Weet ik niet / n.v.t.</th>
							<th scope="col">Mediaan</th>
						</tr>
					</thead>
					<tbody>
						{summary.themes.flatMap((theme) =>
							theme.statements.map((s) => (
								<tr key={s.id}>
									<th scope="row">{s.text}</th>
									{s.counts.map((n, i) => (
										<td key={i}>{n}</td>
									))}
									<td>{s.unknown}</td>
									<td>{s.median === null ? '–' : formatNumber(s.median)}</td>
								</tr>
							)),
						)}
					</tbody>
				</table>
				</div>
			</details>
		</section>
	);
}

function StatementList({ title, empty, items, scale }: { title: string; empty: string; items: StatementSummary[]; scale: readonly string[] }) {
	return (
		<div>
			<h4>{title}</h4>
			{items.length ? (
				<ol>
					{items.map((s) => (
						<li key={s.id}>
							{s.text}{' '}
							<span class="tr-detail">
								(antwoorden van {scale[(s.lowest ?? 1) - 1]} tot {scale[(s.highest ?? 1) - 1]}, {plural(s.n, 'deelnemer', 'deelnemers')})
							</span>
						</li>
					))}
				</ol>
			) : (
				<p>{empty}</p>
			)}
		</div>
	);
}

/** A small bar as SVG: no style attribute needed, so it passes the CSP and prints. */
function Bar({ value, max }: { value: number; max: number }) {
	const width = Math.round((value / max) * 100);
	return (
		<svg class="tr-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
			<rect class="tr-bar-bg" x="0" y="0" width="100" height="8" />
			<rect class="tr-bar-fg" x="0" y="0" width={width} height="8" />
		</svg>
	);
}
