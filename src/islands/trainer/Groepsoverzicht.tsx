import { useEffect, useRef, useState } from 'preact/hooks';
import { count } from '../../lib/format';
import type { Refusal } from '../../lib/trainer/deelcodes';
import { emptyGroepsoverzicht } from '../../lib/trainer/definition';
import type { GroupScan } from '../../lib/trainer/group';
import { deelcodeFromHash } from '../../lib/trainer/links';
import { groepsoverzichtStore as store } from '../../stores/groepsoverzicht';
import { LOAD_FAILED, Loading, useLazy } from '../lazy';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import './trainer.css';

interface Props {
	scans: GroupScan[];
}

interface Feedback {
	text: string;
	refused: Refusal[];
}

// Checking codes loads with the first code, the numbers once the session has codes: an empty session
// (how every workshop starts) only needs the form.
const loadDeelcodes = () => import('../../lib/trainer/deelcodes');
const loadGroupResults = () => import('./GroupResults').then((m) => m.GroupResults);
// The report loads when the coordinator asks for it.
const loadRapport = () => import('./TeamRapport').then((m) => m.default);
const loadVorigeRonde = () => import('./VorigeRonde').then((m) => m.default);

/**
 * Group overview for a trainer. Codes come in by pasting, from files, or
 * through a link `#code=…` that a participant's result page shows. Nothing
 * is sent anywhere: the session lives in this browser (tool store
 * `groepsoverzicht`) until the trainer wipes it.
 */
export default function Groepsoverzicht({ scans }: Props) {
	const data = useToolStore(store);
	const mounted = data !== null;
	const [feedback, setFeedback] = useState<Feedback | null>(null);
	const [confirming, setConfirming] = useState(false);
	const confirmRef = useRef<HTMLParagraphElement>(null);
	const wipeRef = useRef<HTMLButtonElement>(null);
	const pasteRef = useRef<HTMLTextAreaElement>(null);
	const [rapport, setRapport] = useState(false);
	const [vergelijken, setVergelijken] = useState(false);
	const rapportRef = useRef<HTMLButtonElement>(null);

	/** Check and add codes: a list, or pasted text to split into codes. */
	const add = async (inputs: string[] | string, refusedFiles: Refusal[] = []) => {
		const checks = await loadDeelcodes().catch(() => null);
		if (!checks) {
			setFeedback({ text: `De deelcodes konden niet worden gecontroleerd. ${LOAD_FAILED}`, refused: [] });
			return;
		}
		const codes = typeof inputs === 'string' ? checks.splitInput(inputs) : inputs;
		if (typeof inputs === 'string' && !codes.length) {
			setFeedback({ text: 'Geplakte tekst: geen deelcodes gevonden.', refused: [] });
			return;
		}
		const result = checks.addDeelcodes(store.$data.get(), codes, scans);
		if (result.added) store.set(result.data);
		setFeedback({ text: checks.describeAdd(result), refused: [...refusedFiles, ...result.refused] });
	};

	// Runs after useToolStore's effect has read the stored session, so a code from a link is added to it.
	useEffect(() => {
		const fromHash = () => {
			const code = deelcodeFromHash(location.hash);
			if (!code) return;
			void add([code]);
			// Take the code out of the address bar, so a reload or a shared screen does not show it again.
			history.replaceState(null, '', location.pathname + location.search);
		};
		fromHash();
		addEventListener('hashchange', fromHash);
		return () => removeEventListener('hashchange', fromHash);
	}, []);

	const onPaste = (e: Event) => {
		e.preventDefault();
		const field = pasteRef.current;
		if (!field) return;
		void add(field.value);
		field.value = '';
	};

	const onFiles = async (e: Event) => {
		const input = e.currentTarget as HTMLInputElement;
		const files = Array.from(input.files ?? []);
		// Reading files loads on first use: most sessions collect codes by link or paste.
		const reader = await import('../../lib/trainer/files').catch(() => null);
		if (!reader) {
			input.value = '';
			setFeedback({ text: `De bestanden konden niet worden gelezen. ${LOAD_FAILED}`, refused: [] });
			return;
		}
		const inputs: string[] = [];
		const refused: Refusal[] = [];
		for (const file of files) {
			const result = await reader.readDeelcodeFile(file, scans);
			if (!result.ok) refused.push({ input: file.name, message: result.message });
			else if (!result.deelcodes.length)
				refused.push({ input: file.name, message: 'In dit bestand staan geen deelcodes.' });
			else inputs.push(...result.deelcodes);
		}
		input.value = '';
		await add(inputs, refused);
	};

	const removeCode = (code: string) => {
		store.update((current) => ({ ...current, deelcodes: current.deelcodes.filter((c) => c !== code) }));
		setFeedback({ text: 'De deelcode is verwijderd.', refused: [] });
	};

	const askWipe = () => {
		setConfirming(true);
		requestAnimationFrame(() => confirmRef.current?.focus());
	};
	const wipe = () => {
		store.set(emptyGroepsoverzicht());
		setConfirming(false);
		setRapport(false);
		setFeedback({ text: 'De sessie is gewist.', refused: [] });
		// The wipe button is disabled now; the next thing to do is collecting codes again.
		requestAnimationFrame(() => pasteRef.current?.focus());
	};

	const codes = data?.deelcodes ?? [];
	const [GroupResults, resultsFailed] = useLazy(loadGroupResults, codes.length > 0);
	const [TeamRapport, rapportFailed] = useLazy(loadRapport, rapport && codes.length > 0);
	const [VorigeRonde, vorigeFailed] = useLazy(loadVorigeRonde, vergelijken && codes.length > 0);
	const closeRapport = () => {
		setRapport(false);
		requestAnimationFrame(() => rapportRef.current?.focus());
	};

	return (
		<div class="tr">
			<section class="kb-no-print" aria-labelledby="codes-invoeren">
				<h2 id="codes-invoeren">Deelcodes verzamelen</h2>
				<form onSubmit={onPaste} class="tr-form">
					<label for="codes-veld">Plak een of meer deelcodes (één per regel)</label>
					{/* Uncontrolled on purpose: Preact sets a controlled textarea's value while hydrating, which would wipe codes pasted before the script arrived. */}
					<textarea id="codes-veld" ref={pasteRef} rows={4} spellcheck={false} autocomplete="off" />
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
						Tekstbestanden met codes, een export van het groepsoverzicht, of een export van de zelfscan. Uit een export
						van de zelfscan lezen we alleen de scores en de markeringen, nooit de notities.
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
						: `Deze sessie heeft ${count(codes.length, 'deelcode', 'deelcodes')}.`}
				</p>
				{data &&
					codes.length > 0 &&
					(GroupResults ? (
						<GroupResults scans={scans} data={data} />
					) : (
						<Loading failed={resultsFailed} text="Even geduld, het overzicht wordt geladen…" />
					))}
			</section>

			{data && codes.length > 0 && (
				<section
					class={rapport ? 'tr-rapport-sectie' : 'tr-rapport-sectie kb-no-print'}
					aria-labelledby="rapport-titel"
				>
					<h2 id="rapport-titel">Teamrapport</h2>
					{!rapport ? (
						<>
							<p>
								Eén rapport van hoogstens twee A4-pagina's, voor het college of een regionaal overleg: wie meededen, de
								scores per thema, waar rollen verschillen en het actieplan.
							</p>
							<p>
								<button type="button" ref={rapportRef} onClick={() => setRapport(true)}>
									Maak het teamrapport
								</button>
							</p>
						</>
					) : TeamRapport ? (
						<TeamRapport scans={scans} data={data} onClose={closeRapport} />
					) : (
						<Loading failed={rapportFailed} text="Even geduld, het teamrapport wordt gemaakt…" />
					)}
				</section>
			)}

			{codes.length > 0 && (
				<section class="kb-no-print" aria-labelledby="vorige-kop">
					<h2 id="vorige-kop">Vergelijk met een vorige ronde</h2>
					{!vergelijken ? (
						<p>
							<button type="button" class="secondary" onClick={() => setVergelijken(true)}>
								Open de sessie van een vorige ronde
							</button>
						</p>
					) : VorigeRonde ? (
						<VorigeRonde scans={scans} deelcodes={codes} />
					) : (
						<Loading failed={vorigeFailed} text="Even geduld…" />
					)}
				</section>
			)}

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
							Weet u zeker dat u de sessie wilt wissen? Alle {count(codes.length, 'deelcode', 'deelcodes')}, de naam van
							de ronde en het actieplan verdwijnen uit deze browser. Dit kunt u niet ongedaan maken.
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
