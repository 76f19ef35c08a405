import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import {
	addJongere,
	codeProblem,
	MAX_CODE,
	personalDataWarning,
	selectJongere,
	type WerkmapData,
} from '../../lib/werkmap/jongeren';
import { werkmapStore as store } from '../../stores/werkmap';
import './werkmap.css';

/** Move focus after Preact has drawn the new state, so it never falls back to the page body. */
export function focusAfterRender(id: string) {
	requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** A code field with its error and the soft warning about personal details. */
export function CodeField(props: {
	id: string;
	label: string;
	value: string;
	error: string | null;
	onInput: (value: string) => void;
	inputRef?: Ref<HTMLInputElement>;
}) {
	const { id, label, value, error, onInput, inputRef } = props;
	const warning = personalDataWarning(value);
	const describedBy = [`${id}-hint`, error && `${id}-fout`, warning && `${id}-let-op`].filter(Boolean).join(' ');
	return (
		<div class="wm-veld">
			<label for={id}>{label}</label>
			<p id={`${id}-hint`} class="wm-hint">
				Bijvoorbeeld J-12 of een bijnaam. Geen volledige naam.
			</p>
			<input
				id={id}
				ref={inputRef}
				type="text"
				autoComplete="off"
				spellcheck={false}
				maxLength={MAX_CODE}
				value={value}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy}
				onInput={(e) => onInput(e.currentTarget.value)}
			/>
			{error && (
				<p id={`${id}-fout`} class="wm-fout">
					{error}
				</p>
			)}
			{warning && (
				<p id={`${id}-let-op`} class="wm-let-op">
					{warning} Gebruik liever een code of bijnaam.
				</p>
			)}
		</div>
	);
}

/** The warning every werkmap page shows before anything is typed. */
export function Privacy() {
	return (
		<div class="wm-privacy">
			<p>
				<strong>Vul geen namen of andere persoonsgegevens in.</strong> Gebruik voor de jongere een code of bijnaam, en
				voor de mensen om de jongere heen een rol of voornaam. Dus geen achternaam, geboortedatum, adres of BSN.
			</p>
			<p>Alles wat u invult blijft in deze browser op dit apparaat. Er gaat niets naar een server.</p>
		</div>
	);
}

/** A message after an action, announced by screen readers, with "Ongedaan maken" when the action can be undone. */
export function Message({ id, text, onUndo }: { id: string; text: string; onUndo?: (() => void) | null }) {
	return (
		<div class="wm-melding">
			<p role="status">{text}</p>
			{onUndo && (
				<button type="button" class="secondary" id={`${id}-ongedaan`} onClick={onUndo}>
					Ongedaan maken
				</button>
			)}
		</div>
	);
}

/** A small form to start a werkmap, on every part of the werkmap. */
function NewJongere({ id, button }: { id: string; button: string }) {
	const [code, setCode] = useState('');
	const [error, setError] = useState<string | null>(null);
	return (
		<form
			class="wm-nieuw"
			noValidate
			onSubmit={(e) => {
				e.preventDefault();
				const problem = codeProblem(store.$data.get(), code);
				if (problem) return setError(problem);
				store.update((d) => addJongere(d, newId('j'), code));
				setCode('');
				e.currentTarget.closest('details')?.removeAttribute('open');
				focusAfterRender('wm-jongere');
			}}
		>
			<CodeField
				id={id}
				label="Code of bijnaam van de jongere"
				value={code}
				error={error}
				onInput={(value) => {
					setCode(value);
					if (error) setError(null);
				}}
			/>
			<button type="submit">{button}</button>
		</form>
	);
}

/**
 * Which young person this page is about: a choice from the one list, on
 * every part of the werkmap. Adding, renaming, copying and deleting happen
 * on the werkmap's start page; with nobody in the list yet, a first one can
 * be made right here.
 */
export function JongereChoice({ data }: { data: WerkmapData }) {
	if (data.jongeren.length === 0) {
		return (
			<section class="wm-jongere-keuze" aria-labelledby="wm-keuze-kop">
				<h2 id="wm-keuze-kop">Begin een werkmap</h2>
				<Privacy />
				<NewJongere id="wm-eerste" button="Werkmap maken" />
			</section>
		);
	}
	return (
		<div class="wm-jongere-keuze">
			<div class="wm-veld wm-veld--rij">
				<label for="wm-jongere">Jongere</label>
				<select
					id="wm-jongere"
					value={data.activeId ?? ''}
					onChange={(e) => {
						const id = e.currentTarget.value;
						store.update((d) => selectJongere(d, id || null));
					}}
				>
					{data.activeId === null && <option value="">Kies een jongere</option>}
					{data.jongeren.map((j) => (
						<option key={j.id} value={j.id}>
							{j.code}
						</option>
					))}
				</select>
				<a href="/werkmap/">Alle jongeren beheren</a>
			</div>
			<details class="wm-nieuw-details">
				<summary>Nieuwe jongere</summary>
				<NewJongere id="wm-nog-een" button="Werkmap maken" />
			</details>
		</div>
	);
}

/** The frame of a part of the werkmap: heading, and the part itself only once a young person is chosen. */
export function Part({
	data,
	children,
}: {
	data: WerkmapData;
	children: (jongere: WerkmapData['jongeren'][number]) => ComponentChildren;
}) {
	const jongere = data.jongeren.find((j) => j.id === data.activeId);
	return (
		<>
			<JongereChoice data={data} />
			{jongere
				? children(jongere)
				: data.jongeren.length > 0 && <p class="wm-leeg">Kies hierboven een jongere om de werkmap te openen.</p>}
		</>
	);
}
