import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { addCodes, describeAdd, splitInput, type Refusal } from '../../lib/trainer/codes';
import { codeFromHash } from '../../lib/trainer/links';
import { count } from '../../lib/tekst';
import type { Zelfscan } from '../../lib/zelfscan/schema';
import { groepsoverzichtStore as store } from '../../stores/groepsoverzicht';
import ExportImportDetails from '../storage/ExportImportDetails';
import { LOAD_FAILED, Loading, useLazy } from '../lazy';
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

// The numbers load once the session has codes: an empty session (how every workshop starts) only needs the form.
const loadGroepsResultaat = () => import('./GroepsResultaat').then((m) => m.GroepsResultaat);

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
		// Reading files loads on first use: most sessions collect codes by link or paste.
		const reader = await import('../../lib/trainer/bestanden').catch(() => null);
		if (!reader) {
			input.value = '';
			setFeedback({ text: `De bestanden konden niet worden gelezen. ${LOAD_FAILED}`, refused: [] });
			return;
		}
		const { codesFromFile, MAX_FILE_BYTES } = reader;
		const inputs: string[] = [];
		const refused: Refusal[] = [];
		for (const file of files) {
			if (file.size > MAX_FILE_BYTES) {
				refused.push({
					input: file.name,
					message: 'Dit bestand is groter dan 1 MB. Dat is geen bestand met deelcodes.',
				});
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
	const [GroepsResultaat, resultaatFailed] = useLazy(loadGroepsResultaat, codes.length > 0);

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
				{codes.length > 0 &&
					(GroepsResultaat ? (
						<GroepsResultaat scans={shapes} codes={codes} />
					) : (
						<Loading failed={resultaatFailed} text="Even geduld, het overzicht wordt geladen…" />
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
							Weet u zeker dat u de sessie wilt wissen? Alle {count(codes.length, 'deelcode', 'deelcodes')} verdwijnen
							uit deze browser. Dit kunt u niet ongedaan maken.
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
